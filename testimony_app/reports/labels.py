"""Fixed statement wording in English, Arabic and Sorani (field labels come from the form).

Latin words inside Arabic and Sorani sentences are isolates, so that they read left to right
in the sentence whatever stands around them."""

from __future__ import annotations

from ..i18n import isolate

_SHA, _UTC = isolate("SHA-256"), isolate("UTC")

LABELS = {
    "title": {"en": "Witness statement", "ar": "إفادة شاهد", "ckb": "لێدوانی شایەت"},
    "people": {"en": "People present", "ar": "الأشخاص الحاضرون", "ckb": "ئەو کەسانەی ئامادە بوون"},
    "no_people": {"en": "No one is recorded.", "ar": "لم يُسجَّل أحد.",
                  "ckb": "هیچ کەس تۆمار نەکراوە."},
    "instruction": {"en": "Instruction", "ar": "التعليمات", "ckb": "ڕێنمایی"},
    "no_account": {"en": "The account is not shown at this level.",
                   "ar": "لا تُعرض رواية الشاهد في هذا المستوى.",
                   "ckb": "گێڕانەوەکە لەم ئاستەدا پیشان نادرێت."},
    "provenance": {"en": "Provenance", "ar": "المصدر والتوثيق", "ckb": "سەرچاوە و بەڵگەنامە"},
    "record": {"en": "Record", "ar": "السجل", "ckb": "تۆمار"},
    "revision": {"en": "Source revision (SHA-256)", "ar": f"مراجعة المصدر ({_SHA})",
                 "ckb": f"وەشانی سەرچاوە ({_SHA})"},
    "form": {"en": "Questionnaire", "ar": "الاستبيان", "ckb": "پرسیارنامە"},
    "level": {"en": "Redaction level", "ar": "مستوى الحجب", "ckb": "ئاستی شاردنەوە"},
    "generated": {"en": "Generated at (UTC)", "ar": f"تاريخ الإنشاء ({_UTC})",
                  "ckb": f"کاتی دروستکردن ({_UTC})"},
    "hash_note": {"en": "The SHA-256 of this document and its level are recorded in the "
                        "vault's audit log.",
                  "ar": f"بصمة {_SHA} لهذه الوثيقة ومستواها مسجَّلان في سجل التدقيق في الخزنة.",
                  "ckb": f"{_SHA}ی ئەم بەڵگەنامەیە و ئاستەکەی لە تۆماری وردبینیی گەنجینەدا "
                         "تۆمار کراون."},
    "page": {"en": "Page {n} of {total}", "ar": "الصفحة {n} من {total}",
             "ckb": "لاپەڕە {n} لە {total}"},
    "witness": {"en": "Witness", "ar": "الشاهد", "ckb": "شایەت"},
    "age_group": {"en": "Age group at the time of the incident",
                  "ar": "الفئة العمرية وقت الحادثة", "ckb": "گرووپی تەمەن لە کاتی ڕووداوەکەدا"},
}


def label(key: str, lang: str) -> str:
    texts = LABELS[key]
    return texts.get(lang) or texts["en"]
