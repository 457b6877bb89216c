"""International organisations and large NGOs that notices often name only by acronym ("All IOM staff
members", "IOM Philippines Country Office") or in passing ("Represent Plan International in ..."): when no label,
header or sentence names the employer, the one of these the notice names most often (at least twice) is taken.
Data: acronym or name -> the name as they write it."""
from __future__ import annotations

KNOWN_ORGANIZATIONS: dict[str, str] = {
    "IOM": "IOM", "UNDP": "UNDP", "UNICEF": "UNICEF", "UNHCR": "UNHCR", "WFP": "WFP", "WHO": "WHO",
    "FAO": "FAO", "UNFPA": "UNFPA", "UNOPS": "UNOPS", "OCHA": "OCHA", "ILO": "ILO", "UNESCO": "UNESCO",
    "UNEP": "UNEP", "UNRWA": "UNRWA", "UNIDO": "UNIDO", "UNODC": "UNODC", "OHCHR": "OHCHR", "UNAIDS": "UNAIDS",
    "OSCE": "OSCE", "OECD": "OECD", "ICRC": "ICRC", "IFRC": "IFRC", "NRC": "NRC", "DRC": "DRC", "IRC": "IRC",
    "MSF": "MSF", "CARE": "CARE", "GIZ": "GIZ", "USAID": "USAID", "ACF": "Action Against Hunger",
    "SPC": "SPC", "IMC": "International Medical Corps", "UNV": "UNV",
    # the UN's other entities, funds and agencies, two of them named in words ("UN Women works for ...")
    "UN Women": "UN Women", "UN-Habitat": "UN-Habitat", "IFAD": "IFAD", "IAEA": "IAEA", "WMO": "WMO", "ITU": "ITU",
    "WIPO": "WIPO", "ICAO": "ICAO", "UNCTAD": "UNCTAD", "UNFCCC": "UNFCCC", "UNITAR": "UNITAR", "ESCAP": "ESCAP",
    "UNMAS": "UNMAS",
    # large NGOs their notices name in words ("Represent Plan International in ...", "Plan International's Values")
    "Plan International": "Plan International", "World Vision": "World Vision", "Mercy Corps": "Mercy Corps",
    "Save the Children": "Save the Children", "Oxfam": "Oxfam", "ActionAid": "ActionAid",
    "Catholic Relief Services": "Catholic Relief Services", "Concern Worldwide": "Concern Worldwide",
    "Christian Aid": "Christian Aid", "Islamic Relief": "Islamic Relief",
    "HelpAge International": "HelpAge International",
    "Norwegian Refugee Council": "Norwegian Refugee Council", "Danish Refugee Council": "Danish Refugee Council",
    "International Rescue Committee": "International Rescue Committee", "Welthungerhilfe": "Welthungerhilfe",
}


# Regulators and the checks they run, which notices name with their acronym ("an enhanced disclosure by the
# Disclosure and Barring Service (DBS)", "registration with the General Medical Council (GMC)"): never the employer.
REGULATORS = frozenset({"DBS", "CRB", "PVG", "NMC", "GMC", "HCPC", "GPhC", "CQC", "SIA", "HMRC", "EEOC", "OFCCP",
                        "Ofsted", "OFSTED", "SRA", "ICAEW", "ACCA"})
# benefits US postings list with their acronyms, built on an organisation's noun ("Program", "Plan"): never
# the employer ("access the Employee Assistance Program (EAP)")
BENEFIT_PROGRAMS = frozenset({"EAP", "ESPP", "PSLF", "ERG", "ERGS", "FSA", "HSA", "PTO", "LTD", "STD", "AD&D"})

# The lower-case adjective some French, Spanish and German names end in: "La Croix-Rouge française", "Cruz Roja
# Española" (capitalised there), "Caritas suisse". Part of the name, after its capitalised words.
NAME_ADJECTIVES = ("française", "français", "suisse", "belge", "allemande", "canadienne", "luxembourgeoise",
                   "monégasque", "española", "francesa", "alemana", "suiza", "italiana", "belga", "mexicana")
