"""Fixed statement wording in English, Arabic and Sorani (field labels come from the form)."""

from __future__ import annotations

LABELS = {
    "title": {"en": "Witness statement", "ar": "إفادة شاهد", "ckb": "لێدوانی شایەت"},
    "people": {"en": "People present", "ar": "الأشخاص الحاضرون", "ckb": "ئەو کەسانەی ئامادە بوون"},
    "no_people": {"en": "No one is recorded.", "ar": "لم يُسجَّل أحد.",
                  "ckb": "هیچ کەس تۆمار نەکراوە."},
    "instruction": {"en": "Instruction", "ar": "التعليمات", "ckb": "ڕێنمایی"},
    "no_account": {"en": "The account is not shown at this level.",
                   "ar": "لا تُعرض الإفادة في هذا المستوى.",
                   "ckb": "گێڕانەوەکە لەم ئاستەدا پیشان نادرێت."},
    "provenance": {"en": "Provenance", "ar": "المصدر والتوثيق", "ckb": "سەرچاوە و بەڵگەنامە"},
    "record": {"en": "Record", "ar": "السجل", "ckb": "تۆمار"},
    "revision": {"en": "Source revision (SHA-256)", "ar": "النسخة المصدر (SHA-256)",
                 "ckb": "پێداچوونەوەی سەرچاوە (SHA-256)"},
    "form": {"en": "Questionnaire", "ar": "الاستبيان", "ckb": "پرسیارنامە"},
    "level": {"en": "Redaction level", "ar": "مستوى الحجب", "ckb": "ئاستی شاردنەوە"},
    "generated": {"en": "Generated at (UTC)", "ar": "تاريخ الإنشاء (UTC)",
                  "ckb": "کاتی دروستکردن (UTC)"},
    "hash_note": {"en": "The SHA-256 of this document and its level are recorded in the "
                        "vault's audit log.",
                  "ar": "بصمة SHA-256 لهذه الوثيقة ومستواها مسجَّلان في سجل التدقيق في الخزنة.",
                  "ckb": "SHA-256ی ئەم بەڵگەنامەیە و ئاستەکەی لە تۆماری وردبینیی گەنجینەدا "
                         "تۆمار کراون."},
    "page": {"en": "Page {n} of {total}", "ar": "الصفحة {n} من {total}",
             "ckb": "لاپەڕە {n} لە {total}"},
    "witness": {"en": "Witness", "ar": "الشاهد", "ckb": "شایەت"},
}


def label(key: str, lang: str) -> str:
    texts = LABELS[key]
    return texts.get(lang) or texts["en"]
