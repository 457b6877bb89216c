"""Korean section headings (see en/headings.py), as Korean job boards (Wanted, Saramin, JobKorea) print them.
Korean writes these words with or without the space between them ("주요업무", "주요 업무")."""

ENTRIES = [
    {"id": "duties", "means": "duties",
     "pattern": r"(주요|담당|상세)\s?업무|업무\s?(내용|소개)|하게 될 일|이런 일을 해요",
     "examples": ["주요업무", "담당 업무", "업무 내용", "합류하면 하게 될 일"], "not": ["자격요건", "우대사항"]},
    {"id": "required", "means": "required",
     "pattern": r"자격\s?요건|지원\s?자격|필수\s?(요건|조건|역량)|자격\s?조건|필요\s?역량|이런 분을 찾아요",
     "examples": ["자격요건", "지원 자격", "필수 요건", "이런 분을 찾아요"], "not": ["주요업무", "우대사항"]},
    {"id": "preferred", "means": "preferred", "pattern": r"우대\s?(사항|조건|요건)|이런 분이면 더 좋아요",
     "examples": ["우대사항", "우대 조건", "이런 분이면 더 좋아요"], "not": ["자격요건"]},
    {"id": "benefits", "means": "benefits", "pattern": r"혜택\s?및\s?복지|복리\s?후생|^복지|^혜택",
     "examples": ["혜택 및 복지", "복리후생"], "not": ["주요업무"]},
    {"id": "apply", "means": "apply", "pattern": r"(채용|전형)\s?(절차|과정|프로세스)|지원\s?방법",
     "examples": ["채용절차", "전형 절차", "지원 방법"], "not": ["지원 자격"]},
    {"id": "about", "means": "about", "pattern": r"^회사\s?소개|^기업\s?소개",
     "examples": ["회사소개", "기업 소개"], "not": ["주요업무"]},
]
