<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_IQ" sourcelanguage="en">
<context>
    <name>AmendDialog</name>
    <message>
        <source>Amend a completed record</source>
        <translation>تعديل سجل مكتمل</translation>
    </message>
    <message>
        <source>This record was completed. Saving makes a new revision and keeps the old one.
Why is it being changed?</source>
        <translation>هذا السجل مكتمل. يُنشئ الحفظ مراجعة جديدة ويحتفظ بالمراجعة القديمة.
لماذا يُعدَّل؟</translation>
    </message>
    <message>
        <source>Save amendment</source>
        <translation>حفظ التعديل</translation>
    </message>
    <message>
        <source>Discard my edits</source>
        <translation>تجاهل تعديلاتي</translation>
    </message>
    <message>
        <source>Go back to the last saved revision; nothing is written.</source>
        <translation>العودة إلى آخر مراجعة محفوظة؛ لا يُكتب شيء.</translation>
    </message>
</context>
<context>
    <name>AttachmentField</name>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>بصمة ⁦SHA-256⁩</translation>
    </message>
    <message>
        <source>&amp;Add file…</source>
        <translation>&amp;إضافة ملف…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>Write a copy of this attachment to a file you choose, outside the vault</source>
        <translation>حفظ نسخة من هذا المرفق في ملف تختاره، خارج الخزنة</translation>
    </message>
    <message>
        <source>Storing {name} in the vault…</source>
        <translation>جارٍ حفظ {name} في الخزنة…</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>أُضيف {name}.</translation>
    </message>
    <message>
        <source>Stopped: nothing was added.</source>
        <translation>توقّف: لم يُضَف شيء.</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>صُدِّر إلى {path}.</translation>
    </message>
    <message>
        <source>Add a file to this interview</source>
        <translation>إضافة ملف إلى هذه المقابلة</translation>
    </message>
    <message>
        <source>Export attachment</source>
        <translation>تصدير المرفق</translation>
    </message>
    <message>
        <source>No attachment chosen.</source>
        <translation>لم يُختر أي مرفق.</translation>
    </message>
    <message>
        <source>Recordings are not played inside Testimony. Use Export… to listen to a copy outside the vault.</source>
        <translation>لا تُشغَّل التسجيلات داخل «شهادة». استخدم «تصدير…» للاستماع إلى نسخة منها خارج الخزنة.</translation>
    </message>
    <message>
        <source>No preview for this kind of file.</source>
        <translation>لا توجد معاينة لهذا النوع من الملفات.</translation>
    </message>
    <message>
        <source>This image is too large to preview.</source>
        <translation>هذه الصورة أكبر من أن تُعرض معاينتها.</translation>
    </message>
    <message>
        <source>This image could not be read.</source>
        <translation>تعذّرت قراءة هذه الصورة.</translation>
    </message>
</context>
<context>
    <name>BundlePreviewPanel</name>
    <message>
        <source>Sender:</source>
        <translation>المرسِل:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>بصمة المفتاح:</translation>
    </message>
    <message>
        <source>Standing:</source>
        <translation>وضع المرسِل:</translation>
    </message>
    <message>
        <source>Bundle number:</source>
        <translation>رقم الحزمة:</translation>
    </message>
    <message>
        <source>Made:</source>
        <translation>تاريخ الإنشاء:</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>الشاهد</translation>
    </message>
    <message>
        <source>What importing does</source>
        <translation>نتيجة الاستيراد</translation>
    </message>
    <message>
        <source>New revisions</source>
        <translation>مراجعات جديدة</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>تكرارات محتملة</translation>
    </message>
    <message>
        <source>I compared this fingerprint with the sender (read aloud)</source>
        <translation>قارنتُ هذه البصمة مع المرسِل (بقراءتها بصوت مسموع)</translation>
    </message>
    <message>
        <source>Enrol this sender as a researcher</source>
        <translation>اعتماد هذا المرسِل باحثًا</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>معتمَد</translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>REVOKED</source>
        <translation>مُبطَل</translation>
    </message>
    <message>
        <source>{time} UTC</source>
        <translation>{time} بتوقيت ⁦UTC⁩</translation>
    </message>
    <message>
        <source>Another bundle from this sender already had the number {n}.</source>
        <translation>سبق أن حملت حزمة أخرى من هذا المرسل الرقم {n}.</translation>
    </message>
    <message>
        <source>A bundle from this researcher is missing (number {numbers}): ask them for it.</source>
        <translation>تنقص حزمة من هذا الباحث (الرقم {numbers}): اطلبها منه.</translation>
    </message>
    <message>
        <source>The code {code} is already used by another record: after the import, find these by their ids, and give each researcher a code prefix of their own.</source>
        <translation>الرمز {code} مستخدم لسجل آخر: بعد الاستيراد ابحث عن هذه السجلات بمعرّفاتها، وأعطِ كل باحث بادئة رموز خاصة به.</translation>
    </message>
    <message>
        <source>Already imported on {date}: importing it again changes nothing.</source>
        <translation>استُوردت هذه الحزمة في {date}: استيرادها مرة أخرى لا يغيّر شيئًا.</translation>
    </message>
    <message>
        <source>The sender&apos;s key was revoked: nothing is imported from it.</source>
        <translation>أُبطل مفتاح المرسِل: لا يُستورد منه شيء.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>already present</source>
        <translation>موجود مسبقًا</translation>
    </message>
    <message>
        <source>new revisions</source>
        <translation>مراجعات جديدة</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <source>{code} ({score}% alike)</source>
        <translation>{code} (تشابه {score}٪)</translation>
    </message>
    <message>
        <source>Enrolled as a researcher. Nothing is imported until you press Import.</source>
        <translation>اعتُمد باحثًا. لا يُستورد شيء حتى تضغط «استيراد».</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>The vault is re-encrypted with the new passphrase; afterwards only the new one opens it. Copies made before keep the old one.</source>
        <translation>يُعاد تشفير الخزنة بعبارة المرور الجديدة؛ وبعدها لا يفتحها إلا الجديدة. أما النسخ المأخوذة قبل ذلك فتبقى بالعبارة القديمة.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>عبارة المرور الحالية</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>Repeat new passphrase</source>
        <translation>أعد كتابة عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>Type the current passphrase.</source>
        <translation>اكتب عبارة المرور الحالية.</translation>
    </message>
    <message>
        <source>The two passphrases differ: type it again in the second field.</source>
        <translation>عبارتا المرور مختلفتان: اكتبها مرة أخرى في الحقل الثاني.</translation>
    </message>
    <message>
        <source>Re-encrypting the vault…</source>
        <translation>جارٍ إعادة تشفير الخزنة…</translation>
    </message>
    <message>
        <source>The current passphrase is wrong: nothing was changed.</source>
        <translation>عبارة المرور الحالية خاطئة: لم يُغيَّر شيء.</translation>
    </message>
</context>
<context>
    <name>ChangesView</name>
    <message>
        <source>Added: {row}</source>
        <translation>أُضيف: {row}</translation>
    </message>
    <message>
        <source>Removed: {row}</source>
        <translation>حُذف: {row}</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>قبل:</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>بعد:</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>حالات التعارض</translation>
    </message>
    <message>
        <source>These records were changed both here and by the sender after they were handed in. Compare both versions and keep one, or merge them field by field: a new revision is written, and both histories stay in the vault.</source>
        <translation>عُدِّلت هذه السجلات هنا ولدى المرسِل معًا بعد تسليمها. قارن بين النسختين واحتفظ بإحداهما، أو ادمجهما حقلًا حقلًا: تُكتب مراجعة جديدة، ويبقى تاريخ المراجعات من الجهتين كلتيهما في الخزنة.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>وقت الرصد</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>مستورد من</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <source>This vault&apos;s version</source>
        <translation>نسخة هذه الخزنة</translation>
    </message>
    <message>
        <source>Imported version</source>
        <translation>النسخة المستوردة</translation>
    </message>
    <message>
        <source>What differs (&quot;Before&quot;: this vault&apos;s version; &quot;After&quot;: the imported one)</source>
        <translation>ما يختلف («قبل»: نسخة هذه الخزنة؛ «بعد»: النسخة المستوردة)</translation>
    </message>
    <message>
        <source>Keep this vault&apos;s version</source>
        <translation>الإبقاء على نسخة هذه الخزنة</translation>
    </message>
    <message>
        <source>Keep the imported version</source>
        <translation>الإبقاء على النسخة المستوردة</translation>
    </message>
    <message>
        <source>Merge field by field…</source>
        <translation>دمج الحقول حقلًا حقلًا…</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>لا توجد حالات تعارض مفتوحة.</translation>
    </message>
    <message>
        <source>The answers are the same on both sides.</source>
        <translation>الإجابات متطابقة في النسختين.</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Revision {number} ({hash}) · {status} · by {author} · saved {when}</source>
        <translation>المراجعة {number} ({hash}) · {status} · بقلم {author} · حُفظت في {when}</translation>
    </message>
    <message>
        <source>Keep this vault&apos;s version of {code}?</source>
        <translation>هل تريد الإبقاء على نسخة هذه الخزنة من {code}؟</translation>
    </message>
    <message>
        <source>Keep the imported version of {code}?</source>
        <translation>هل تريد الإبقاء على النسخة المستوردة من {code}؟</translation>
    </message>
    <message>
        <source>A new revision with that content is written on top of this vault&apos;s version. Neither version is deleted.</source>
        <translation>تُكتب مراجعة جديدة بهذا المحتوى فوق نسخة هذه الخزنة. لا تُحذف أي من النسختين.</translation>
    </message>
    <message>
        <source>{code} resolved: revision {number} written.</source>
        <translation>حُلَّ التعارض في {code}: كُتبت المراجعة {number}.</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>Bundle refused: {reason}</source>
        <translation>رُفضت الحزمة: {reason}</translation>
    </message>
    <message>
        <source>ALARM: a different bundle with this bundle&apos;s id was imported before; this file may be forged or altered. Nothing was changed.</source>
        <translation>إنذار: استُوردت من قبلُ حزمةٌ مختلفة تحمل معرّف هذه الحزمة نفسه؛ قد يكون هذا الملف مزوّرًا أو عُبث به. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} ليس ملفًا.</translation>
    </message>
    <message>
        <source>{refused} of {count} bundles were refused (see above); nothing of those was imported.</source>
        <translation>رُفضت {refused} من أصل {count} من الحزم (انظر أعلاه)؛ لم يُستورد شيء منها.</translation>
    </message>
    <message>
        <source>the file is too short to be a Testimony bundle.</source>
        <translation>الملف أقصر من أن يكون حزمة «شهادة».</translation>
    </message>
    <message>
        <source>this file is not a Testimony bundle.</source>
        <translation>هذا الملف ليس حزمة «شهادة».</translation>
    </message>
    <message>
        <source>bundle format {version} suite {suite} is not supported by this version of Testimony.</source>
        <translation>صيغة الحزمة {version} بمجموعة التشفير {suite} لا يدعمها هذا الإصدار من «شهادة».</translation>
    </message>
    <message>
        <source>the bundle header length is out of range.</source>
        <translation>طول ترويسة الحزمة خارج النطاق المسموح به.</translation>
    </message>
    <message>
        <source>the bundle is cut short (inside its header).</source>
        <translation>الحزمة مبتورة (داخل ترويستها).</translation>
    </message>
    <message>
        <source>the bundle header&apos;s recipient count is out of range.</source>
        <translation>عدد المستلمين في ترويسة الحزمة خارج النطاق المسموح به.</translation>
    </message>
    <message>
        <source>this vault has no recipient key, so no bundle is addressed to it.</source>
        <translation>ليس لهذه الخزنة مفتاح استلام، فلا تُوجَّه إليها أي حزمة.</translation>
    </message>
    <message>
        <source>the bundle header was altered.</source>
        <translation>عُبث بترويسة الحزمة.</translation>
    </message>
    <message>
        <source>this bundle is not addressed to this vault.</source>
        <translation>هذه الحزمة ليست موجّهة إلى هذه الخزنة.</translation>
    </message>
    <message>
        <source>the bundle is cut short.</source>
        <translation>الحزمة مبتورة.</translation>
    </message>
    <message>
        <source>the bundle is damaged or was altered (at part {part}).</source>
        <translation>الحزمة تالفة أو عُبث بها (عند الجزء {part}).</translation>
    </message>
    <message>
        <source>the bundle&apos;s contents end too early.</source>
        <translation>محتويات الحزمة تنتهي قبل أوانها.</translation>
    </message>
    <message>
        <source>the bundle holds more than its manifest lists.</source>
        <translation>تحوي الحزمة أكثر مما يذكره بيان محتوياتها.</translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest is too large.</source>
        <translation>بيان محتويات الحزمة كبير جدًا.</translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest is invalid ({what}).</source>
        <translation>بيان محتويات الحزمة غير صالح ({what}).</translation>
    </message>
    <message>
        <source>the sender&apos;s signature does not verify.</source>
        <translation>توقيع المرسِل لا يجتاز التحقّق.</translation>
    </message>
    <message>
        <source>the bundle&apos;s header does not belong to its signed manifest.</source>
        <translation>ترويسة الحزمة لا تعود إلى بيان محتوياتها الموقَّع.</translation>
    </message>
    <message>
        <source>the sender&apos;s key does not match the sender named in the bundle.</source>
        <translation>مفتاح المرسِل لا يطابق المرسِل المذكور في الحزمة.</translation>
    </message>
    <message>
        <source>an author&apos;s key in the bundle does not match the author it is listed for.</source>
        <translation>مفتاح أحد الكتّاب في الحزمة لا يطابق الكاتب المدرَج له.</translation>
    </message>
    <message>
        <source>an attachment name in the bundle is a path or holds control characters.</source>
        <translation>اسم أحد المرفقات في الحزمة مسار أو يحوي محارف تحكّم.</translation>
    </message>
    <message>
        <source>this bundle&apos;s signed recipients do not include this vault.</source>
        <translation>المستلمون الموقَّعون لهذه الحزمة لا يشملون هذه الخزنة.</translation>
    </message>
    <message>
        <source>this bundle was made by this vault.</source>
        <translation>أُنشئت هذه الحزمة في هذه الخزنة نفسها.</translation>
    </message>
    <message>
        <source>the file changed between the preview and the import.</source>
        <translation>تغيّر الملف بين المعاينة والاستيراد.</translation>
    </message>
    <message>
        <source>the bundle&apos;s padding is not all zero bytes.</source>
        <translation>حشو الحزمة ليس كله بايتات صفرية.</translation>
    </message>
    <message>
        <source>an entry&apos;s hash does not match ({kind} of record {record}).</source>
        <translation>قيمة التجزئة لأحد المدخلات لا تطابق ({kind} للسجل {record}).</translation>
    </message>
    <message>
        <source>a revision of record {record} is not valid JSON.</source>
        <translation>إحدى مراجعات السجل {record} ليست ⁦JSON⁩ صالحًا.</translation>
    </message>
    <message>
        <source>a revision of record {record} is not in canonical form.</source>
        <translation>إحدى مراجعات السجل {record} ليست بالصيغة القياسية.</translation>
    </message>
    <message>
        <source>a revision of record {record} names another record.</source>
        <translation>إحدى مراجعات السجل {record} تذكر سجلًا آخر.</translation>
    </message>
    <message>
        <source>the history of record {record} is not one unbroken chain.</source>
        <translation>تاريخ مراجعات السجل {record} ليس سلسلة واحدة متصلة.</translation>
    </message>
    <message>
        <source>a revision of record {record} names no valid form.</source>
        <translation>إحدى مراجعات السجل {record} لا تذكر استمارة صالحة.</translation>
    </message>
    <message>
        <source>a revision of record {record} has an invalid {key}.</source>
        <translation>إحدى مراجعات السجل {record} فيها قيمة غير صالحة للحقل {key}.</translation>
    </message>
    <message>
        <source>a revision of record {record} has an invalid reason.</source>
        <translation>إحدى مراجعات السجل {record} فيها سبب غير صالح.</translation>
    </message>
    <message>
        <source>record {record} uses a form this Testimony does not have ({form} version {version}).</source>
        <translation>يستخدم السجل {record} استمارة لا يملكها هذا البرنامج ({form}، الإصدار {version}).</translation>
    </message>
    <message>
        <source>record {record} does not fit the questionnaire: {problem}.</source>
        <translation>السجل {record} لا يطابق الاستمارة: {problem}.</translation>
    </message>
    <message>
        <source>an attachment in the bundle has the id of a different one in this vault.</source>
        <translation>أحد المرفقات في الحزمة يحمل معرّف مرفق مختلف في هذه الخزنة.</translation>
    </message>
    <message>
        <source>an attachment&apos;s hash does not match (record {record}).</source>
        <translation>قيمة التجزئة لأحد المرفقات لا تطابق (السجل {record}).</translation>
    </message>
    <message>
        <source>an audit entry in the bundle is not valid JSON.</source>
        <translation>أحد مدخلات التدقيق في الحزمة ليس ⁦JSON⁩ صالحًا.</translation>
    </message>
    <message>
        <source>an audit entry in the bundle is not a list of events.</source>
        <translation>أحد مدخلات التدقيق في الحزمة ليس قائمة أحداث.</translation>
    </message>
    <message>
        <source>an audit event in the bundle is malformed.</source>
        <translation>أحد أحداث التدقيق في الحزمة مشوَّه.</translation>
    </message>
    <message>
        <source>an audit event&apos;s hash does not match.</source>
        <translation>قيمة التجزئة لأحد أحداث التدقيق لا تطابق.</translation>
    </message>
    <message>
        <source>the sender&apos;s key ({sender}) was revoked.</source>
        <translation>أُبطل مفتاح المرسِل ({sender}).</translation>
    </message>
    <message>
        <source>the sender ({sender}) is not enrolled: compare this fingerprint with them and enrol them first (in the import window, or with import --enrol-sender FINGERPRINT).</source>
        <translation>المرسِل ({sender}) غير معتمَد: قارن بصمة المفتاح هذه معه واعتمده أولًا (في نافذة الاستيراد، أو بالأمر ⁦import --enrol-sender FINGERPRINT⁩).</translation>
    </message>
    <message>
        <source>revision {number} ({revision}) of record {record}</source>
        <translation>المراجعة {number} ({revision}) من السجل {record}</translation>
    </message>
    <message>
        <source>{where} has an invalid time.</source>
        <translation>{where}: وقتها غير صالح.</translation>
    </message>
    <message>
        <source>{where} is dated before the revision it amends.</source>
        <translation>{where}: مؤرَّخة قبل المراجعة التي تعدّلها.</translation>
    </message>
    <message>
        <source>{where} names no valid author (not a key fingerprint).</source>
        <translation>{where}: لا تذكر كاتبًا صالحًا (ليس بصمة مفتاح).</translation>
    </message>
    <message>
        <source>{where} names an author whose key this vault revoked ({author}).</source>
        <translation>{where}: تذكر كاتبًا أبطلت هذه الخزنة مفتاحه ({author}).</translation>
    </message>
    <message>
        <source>{where} names {author} as its author but carries no signature of theirs, and they did not send this bundle.</source>
        <translation>{where}: تذكر {author} كاتبًا لها لكنها لا تحمل توقيعه، وهو لم يرسل هذه الحزمة.</translation>
    </message>
    <message>
        <source>{where} is signed, but the bundle lacks the key of its author ({author}).</source>
        <translation>{where}: موقَّعة، لكن الحزمة تفتقر إلى مفتاح كاتبها ({author}).</translation>
    </message>
    <message>
        <source>{where}: its signature does not verify against the author it names ({author}).</source>
        <translation>{where}: توقيعها لا يجتاز التحقّق بمفتاح الكاتب الذي تذكره ({author}).</translation>
    </message>
    <message>
        <source>{where} names an author this vault does not know ({author}), and the sender&apos;s key was revoked here.</source>
        <translation>{where}: تذكر كاتبًا لا تعرفه هذه الخزنة ({author})، ومفتاح المرسِل أُبطل هنا.</translation>
    </message>
    <message>
        <source>{where} names an author this vault does not know ({author}), and the sender is not a supervisor or headquarters enrolled here to pass on others&apos; work.</source>
        <translation>{where}: تذكر كاتبًا لا تعرفه هذه الخزنة ({author})، والمرسِل ليس مشرفًا ولا مقرًّا رئيسيًا معتمَدًا هنا لينقل عمل غيره.</translation>
    </message>
    <message>
        <source>A recipient key is written only with its signature.</source>
        <translation>لا يُكتب مفتاح الاستلام إلا مع توقيعه.</translation>
    </message>
    <message>
        <source>A key label is at most {limit} characters.</source>
        <translation>لا تتجاوز تسمية المفتاح {limit} حرفًا.</translation>
    </message>
    <message>
        <source>This file is too large to be a Testimony public key.</source>
        <translation>هذا الملف أكبر من أن يكون مفتاحًا عامًا لـ«شهادة».</translation>
    </message>
    <message>
        <source>This file is not a Testimony public key (not UTF-8 text).</source>
        <translation>هذا الملف ليس مفتاحًا عامًا لـ«شهادة» (ليس نصًا بترميز ⁦UTF-8⁩).</translation>
    </message>
    <message>
        <source>This file is not a Testimony public key.</source>
        <translation>هذا الملف ليس مفتاحًا عامًا لـ«شهادة».</translation>
    </message>
    <message>
        <source>This public key file has an unexpected line.</source>
        <translation>في ملف المفتاح العام هذا سطر غير متوقَّع.</translation>
    </message>
    <message>
        <source>This public key file lacks its signing key or fingerprint.</source>
        <translation>ملف المفتاح العام هذا ينقصه مفتاح التوقيع أو بصمة المفتاح.</translation>
    </message>
    <message>
        <source>This key file was made by an earlier Testimony and cannot be used to send bundles: ask its owner for a new one (Keys, Save my public key).</source>
        <translation>أُنشئ ملف المفتاح هذا بإصدار أقدم من «شهادة» ولا يمكن استخدامه لإرسال الحزم: اطلب من صاحبه ملفًا جديدًا (المفاتيح، حفظ مفتاحي العام).</translation>
    </message>
    <message>
        <source>This public key file is damaged: its fingerprint does not match.</source>
        <translation>ملف المفتاح العام هذا تالف: بصمة المفتاح لا تطابق.</translation>
    </message>
    <message>
        <source>This public key file is damaged or altered: its recipient key is not signed by its owner.</source>
        <translation>ملف المفتاح العام هذا تالف أو عُبث به: مفتاح الاستلام فيه غير موقَّع من صاحبه.</translation>
    </message>
    <message>
        <source>This public key file is damaged (bad base64).</source>
        <translation>ملف المفتاح العام هذا تالف (ترميز ⁦base64⁩ غير صالح).</translation>
    </message>
    <message>
        <source>This public key file is damaged (a key has the wrong length).</source>
        <translation>ملف المفتاح العام هذا تالف (طول أحد المفاتيح خاطئ).</translation>
    </message>
    <message>
        <source>This public key file holds an invalid recipient key.</source>
        <translation>ملف المفتاح العام هذا يحوي مفتاح استلام غير صالح.</translation>
    </message>
    <message>
        <source>The role must be one of {roles}.</source>
        <translation>يجب أن يكون الدور واحدًا من: {roles}.</translation>
    </message>
    <message>
        <source>This key cannot receive bundles (it has no recipient key), so it cannot be enrolled as {role}.</source>
        <translation>لا يستطيع هذا المفتاح استقبال الحزم (ليس له مفتاح استلام)، فلا يمكن اعتماده بصفة {role}.</translation>
    </message>
    <message>
        <source>This is this vault&apos;s own key: enrol the other person&apos;s key.</source>
        <translation>هذا مفتاح هذه الخزنة نفسها: اعتمد مفتاح الشخص الآخر.</translation>
    </message>
    <message>
        <source>This key is already enrolled ({fingerprint}).</source>
        <translation>هذا المفتاح معتمَد مسبقًا (بصمته {fingerprint}).</translation>
    </message>
    <message>
        <source>This key is already revoked ({fingerprint}).</source>
        <translation>هذا المفتاح مُبطَل مسبقًا (بصمته {fingerprint}).</translation>
    </message>
    <message>
        <source>Give at least 8 hex digits of the key&apos;s fingerprint.</source>
        <translation>أدخل ٨ أرقام ست عشرية على الأقل من بصمة المفتاح.</translation>
    </message>
    <message>
        <source>No single enrolled key has the fingerprint {fingerprint}.</source>
        <translation>لا يوجد مفتاح معتمَد واحد بعينه بالبصمة {fingerprint}.</translation>
    </message>
    <message>
        <source>The key {fingerprint} is already revoked.</source>
        <translation>المفتاح ذو البصمة {fingerprint} مُبطَل مسبقًا.</translation>
    </message>
    <message>
        <source>The sender ({sender}) is already enrolled.</source>
        <translation>المرسِل ({sender}) معتمَد مسبقًا.</translation>
    </message>
    <message>
        <source>The sender ({sender}) is already revoked.</source>
        <translation>مفتاح المرسِل ({sender}) مُبطَل مسبقًا.</translation>
    </message>
    <message>
        <source>The fingerprint compared ({compared}) is not this bundle&apos;s sender&apos;s ({sender}), or is shorter than 16 digits: nobody was enrolled.</source>
        <translation>البصمة التي قورنت ({compared}) ليست بصمة مرسِل هذه الحزمة ({sender})، أو أنها أقصر من ١٦ رقمًا: لم يُعتمد أحد.</translation>
    </message>
    <message>
        <source>{target} is not enrolled: run {command} first, after comparing its fingerprint.</source>
        <translation>{target} غير معتمَد: نفّذ {command} أولًا، بعد مقارنة بصمة مفتاحه.</translation>
    </message>
    <message>
        <source>Attachment {attachment} is damaged in this vault: run {command}; no bundle was written.</source>
        <translation>المرفق {attachment} تالف في هذه الخزنة: نفّذ {command}؛ لم تُكتب أي حزمة.</translation>
    </message>
    <message>
        <source>Revision {revision} is signed by an author whose key this vault does not hold: run {command}; no bundle was written.</source>
        <translation>المراجعة {revision} موقَّعة من كاتب لا تحمل هذه الخزنة مفتاحه: نفّذ {command}؛ لم تُكتب أي حزمة.</translation>
    </message>
    <message>
        <source>Another bundle from this sender already had sequence number {sequence}.</source>
        <translation>سبق أن حملت حزمة أخرى من هذا المرسِل الرقم التسلسلي {sequence}.</translation>
    </message>
    <message>
        <source>A bundle from this researcher is missing (sequence {sequences}).</source>
        <translation>تنقص حزمة من هذا الباحث (الرقم التسلسلي {sequences}).</translation>
    </message>
    <message>
        <source>The sender is not enrolled: compare the fingerprint {fingerprint} with the researcher before importing.</source>
        <translation>المرسِل غير معتمَد: قارن بصمة المفتاح {fingerprint} مع الباحث قبل الاستيراد.</translation>
    </message>
    <message>
        <source>The code {code} is already used by another record ({ids}): after the import give the id instead of the code, and give each researcher a prefix of their own.</source>
        <translation>الرمز {code} مستخدم لسجل آخر ({ids}): بعد الاستيراد أدخل المعرّف بدلًا من الرمز، وأعطِ كل باحث بادئة خاصة به.</translation>
    </message>
    <message>
        <source>Revision {revision} is missing from this vault: run {command}.</source>
        <translation>المراجعة {revision} مفقودة من هذه الخزنة: نفّذ {command}.</translation>
    </message>
    <message>
        <source>{field} does not differ between the two versions: take only fields that do (see {command}).</source>
        <translation>{field} لا يختلف بين النسختين: اختر الحقول المختلفة فقط (انظر {command}).</translation>
    </message>
    <message>
        <source>A bundle is sealed to 1 to 16 recipients.</source>
        <translation>تُختم الحزمة لعدد من المستلمين بين ١ و١٦.</translation>
    </message>
    <message>
        <source>The key {fingerprint} ({label}) is revoked: bundles are not sealed to it.</source>
        <translation>المفتاح {fingerprint} ({label}) مُبطَل: لا تُختم الحزم له.</translation>
    </message>
    <message>
        <source>The key {fingerprint} cannot receive bundles.</source>
        <translation>المفتاح ذو البصمة {fingerprint} لا يستطيع استقبال الحزم.</translation>
    </message>
    <message>
        <source>{path} already exists: choose a new file name.</source>
        <translation>{path} موجود مسبقًا: اختر اسم ملف جديدًا.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>المجلد {path} غير موجود.</translation>
    </message>
    <message>
        <source>Nothing to hand in: every record was already handed in to these recipients.</source>
        <translation>لا شيء للتسليم: سُلّم كل سجل مسبقًا إلى هؤلاء المستلمين.</translation>
    </message>
    <message>
        <source>Record {record} has two diverged histories; resolve the conflict before handing it in.</source>
        <translation>للسجل {record} تاريخا مراجعات متباعدان؛ احلل التعارض قبل تسليمه.</translation>
    </message>
    <message>
        <source>Padding {padding} is not understood: give none, pow2 or a bucket size such as 512K, 16M or 1G.</source>
        <translation>الحشو {padding} غير مفهوم: اكتب ⁦none⁩ أو ⁦pow2⁩ أو حجمًا مثل ⁦512K⁩ أو ⁦16M⁩ أو ⁦1G⁩.</translation>
    </message>
    <message>
        <source>The padding asked for is too large.</source>
        <translation>الحشو المطلوب كبير جدًا.</translation>
    </message>
    <message>
        <source>No padding fits this bundle; choose another padding.</source>
        <translation>لا يناسب أي حشو هذه الحزمة؛ اختر حشوًا آخر.</translation>
    </message>
    <message>
        <source>Record {record} has no open conflict.</source>
        <translation>لا يوجد تعارض مفتوح في السجل {record}.</translation>
    </message>
    <message>
        <source>Record {record} has no open conflict with that revision.</source>
        <translation>لا يوجد في السجل {record} تعارض مفتوح مع تلك المراجعة.</translation>
    </message>
    <message>
        <source>Record {record} has {count} open conflicts: name the other revision ({revisions}).</source>
        <translation>في السجل {record} حالات تعارض مفتوحة عددها {count}: حدّد المراجعة الأخرى ({revisions}).</translation>
    </message>
    <message>
        <source>Say which content to keep: the local head, the imported head, or an edited document.</source>
        <translation>حدّد المحتوى الذي تحتفظ به: النسخة المحلية الأخيرة، أو النسخة المستوردة الأخيرة، أو مستندًا معدَّلًا.</translation>
    </message>
    <message>
        <source>Keep &apos;local&apos; or &apos;imported&apos;, not {keep}.</source>
        <translation>احتفظ بـ⁦&apos;local&apos;⁩ أو ⁦&apos;imported&apos;⁩، لا بـ{keep}.</translation>
    </message>
    <message>
        <source>Resolving a conflict needs a reason.</source>
        <translation>حل التعارض يحتاج إلى سبب.</translation>
    </message>
    <message>
        <source>The resolved record must be a JSON object.</source>
        <translation>يجب أن يكون السجل بعد حل التعارض كائن ⁦JSON⁩.</translation>
    </message>
    <message>
        <source>Take {field} from &apos;local&apos; or &apos;imported&apos;, not {side}.</source>
        <translation>خذ {field} من ⁦&apos;local&apos;⁩ أو ⁦&apos;imported&apos;⁩، لا من {side}.</translation>
    </message>
    <message>
        <source>Both sides changed {fields} since their common revision: choose a side for each.</source>
        <translation>غيّرت الجهتان كلتاهما {fields} منذ مراجعتهما المشتركة: اختر جهة لكل منها.</translation>
    </message>
    <message>
        <source>Both sides changed {fields} since their common revision: choose each with --take FIELD=local or --take FIELD=imported.</source>
        <translation>غيّرت الجهتان كلتاهما {fields} منذ مراجعتهما المشتركة: اختر كلًا منها بـ⁦--take FIELD=local⁩ أو ⁦--take FIELD=imported⁩.</translation>
    </message>
    <message>
        <source>--take {pair}: write FIELD=local or FIELD=imported.</source>
        <translation>⁦--take⁩ {pair}: اكتب ⁦FIELD=local⁩ أو ⁦FIELD=imported⁩.</translation>
    </message>
    <message>
        <source>--take chooses fields of a merge: use it with --merge.</source>
        <translation>⁦--take⁩ يختار حقول الدمج: استخدمه مع ⁦--merge⁩.</translation>
    </message>
    <message>
        <source>keys enrol needs a .tpub file and --role.</source>
        <translation>يحتاج أمر اعتماد المفاتيح ⁦keys enrol⁩ إلى ملف ⁦.tpub⁩ وإلى ⁦--role⁩.</translation>
    </message>
    <message>
        <source>keys revoke needs a fingerprint.</source>
        <translation>يحتاج أمر إبطال المفاتيح ⁦keys revoke⁩ إلى بصمة المفتاح.</translation>
    </message>
    <message>
        <source>The two versions use different questionnaires: keep one of them whole.</source>
        <translation>تستخدم النسختان استمارتين مختلفتين: احتفظ بإحداهما كاملة.</translation>
    </message>
    <message>
        <source>The record changed since the merge was shown: look at it again.</source>
        <translation>تغيّر السجل منذ عرض الدمج: راجعه مرة أخرى.</translation>
    </message>
    <message>
        <source>A link is &apos;same&apos; or &apos;distinct&apos;.</source>
        <translation>الربط إما ⁦&apos;same&apos;⁩ أو ⁦&apos;distinct&apos;⁩.</translation>
    </message>
    <message>
        <source>A record cannot be linked to itself.</source>
        <translation>لا يمكن ربط سجل بنفسه.</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>father name</source>
        <translation>اسم الأب</translation>
    </message>
    <message>
        <source>grandfather name</source>
        <translation>اسم الجد</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>kunya</source>
        <translation>الكنية</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>incident date</source>
        <translation>تاريخ الحادثة</translation>
    </message>
    <message>
        <source>incident date and place</source>
        <translation>تاريخ الحادثة ومكانها</translation>
    </message>
    <message>
        <source>{count} household member(s)</source>
        <translation>أفراد الأسرة المشتركون: {count}</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>needs at least one row</source>
        <translation>يحتاج إلى صف واحد على الأقل</translation>
    </message>
    <message>
        <source>needs at least {count} rows</source>
        <translation>يحتاج إلى {count} من الصفوف على الأقل</translation>
    </message>
    <message>
        <source>has more than {count} rows</source>
        <translation>فيه أكثر من {count} من الصفوف</translation>
    </message>
    <message>
        <source>expects a list of rows</source>
        <translation>يجب أن يكون قائمة صفوف</translation>
    </message>
    <message>
        <source>expects a whole number</source>
        <translation>يجب أن يكون عددًا صحيحًا</translation>
    </message>
    <message>
        <source>expects a number</source>
        <translation>يجب أن يكون رقمًا</translation>
    </message>
    <message>
        <source>expects a finite number</source>
        <translation>يجب أن يكون رقمًا محدودًا</translation>
    </message>
    <message>
        <source>must be at least {minimum}</source>
        <translation>يجب ألا يقل عن {minimum}</translation>
    </message>
    <message>
        <source>must be at most {maximum}</source>
        <translation>يجب ألا يزيد على {maximum}</translation>
    </message>
    <message>
        <source>expects a date as YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>يجب أن يكون تاريخًا بالشكل ⁦YYYY⁩ أو ⁦YYYY-MM⁩ أو ⁦YYYY-MM-DD⁩</translation>
    </message>
    <message>
        <source>is not a real calendar date</source>
        <translation>ليس تاريخًا موجودًا في التقويم</translation>
    </message>
    <message>
        <source>expects a time as HH:MM</source>
        <translation>يجب أن يكون وقتًا بالشكل ⁦HH:MM⁩</translation>
    </message>
    <message>
        <source>expects a date and time such as 2017-03-20T10:30+03:00</source>
        <translation>يجب أن يكون تاريخًا ووقتًا مثل ⁦2017-03-20T10:30+03:00⁩</translation>
    </message>
    <message>
        <source>needs a time-zone offset, such as +03:00</source>
        <translation>يحتاج إلى فرق المنطقة الزمنية، مثل ⁦+03:00⁩</translation>
    </message>
    <message>
        <source>expects text</source>
        <translation>يجب أن يكون نصًا</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>يحتوي على محرف ⁦NUL⁩</translation>
    </message>
    <message>
        <source>is longer than {length} characters</source>
        <translation>طوله أكثر من {length} من الحروف</translation>
    </message>
    <message>
        <source>expects yes or no (true/false)</source>
        <translation>يجب أن يكون نعم أو لا (⁦true/false⁩)</translation>
    </message>
    <message>
        <source>is not one of the choices</source>
        <translation>ليس من الخيارات المتاحة</translation>
    </message>
    <message>
        <source>expects a list of choices</source>
        <translation>يجب أن يكون قائمة خيارات</translation>
    </message>
    <message>
        <source>lists a choice twice</source>
        <translation>يذكر أحد الخيارات مرتين</translation>
    </message>
    <message>
        <source>is answered, but applies only when {condition}: remove the answer, or change the answer it depends on</source>
        <translation>مُجاب عنه، لكنه لا ينطبق إلا عندما ⁦{condition}⁩: احذف الإجابة، أو غيّر الإجابة التي يعتمد عليها</translation>
    </message>
    <message>
        <source>applies only when &apos;other&apos; is chosen</source>
        <translation>لا ينطبق إلا عند اختيار «غير ذلك»</translation>
    </message>
    <message>
        <source>expects name parts (given, father, grandfather, family, kunya)</source>
        <translation>يجب أن يتكون من أجزاء الاسم (الاسم الأول، الأب، الجد، العائلة، الكنية)</translation>
    </message>
    <message>
        <source>has unknown name part(s) {parts}</source>
        <translation>فيه أجزاء اسم غير معروفة: {parts}</translation>
    </message>
    <message>
        <source>name part {part} must be short text</source>
        <translation>جزء الاسم {part} يجب أن يكون نصًا قصيرًا</translation>
    </message>
    <message>
        <source>expects lat, lon and precision</source>
        <translation>يجب أن يتكون من خط العرض وخط الطول والدقة</translation>
    </message>
    <message>
        <source>coordinates are out of range</source>
        <translation>الإحداثيات خارج النطاق المسموح به</translation>
    </message>
    <message>
        <source>precision is not one of the choices</source>
        <translation>الدقة ليست من الخيارات المتاحة</translation>
    </message>
    <message>
        <source>expects an attachment id</source>
        <translation>يجب أن يكون معرّف مرفق</translation>
    </message>
    <message>
        <source>cannot hold a value of type {type}</source>
        <translation>لا يمكن أن يحمل قيمة من النوع {type}</translation>
    </message>
    <message>
        <source>is not a field of this questionnaire</source>
        <translation>ليس حقلًا في هذه الاستمارة</translation>
    </message>
    <message>
        <source>must be an object with one entry per section</source>
        <translation>يجب أن يكون كائنًا فيه مدخل واحد لكل قسم</translation>
    </message>
    <message>
        <source>is not a section of this questionnaire</source>
        <translation>ليس قسمًا في هذه الاستمارة</translation>
    </message>
    <message>
        <source>must be an object of answers</source>
        <translation>يجب أن يكون كائنًا من الإجابات</translation>
    </message>
    <message>
        <source>This record uses questionnaire {form} version {version}, which this installation does not have; update Testimony to open it.</source>
        <translation>يستخدم هذا السجل الاستمارة {form} بالإصدار {version}، وهي غير موجودة في هذا التثبيت؛ حدّث «شهادة» لفتحه.</translation>
    </message>
    <message>
        <source>Questionnaire {form} version {version} has no field with the role {role}.</source>
        <translation>لا تحتوي الاستمارة {form} بالإصدار {version} على حقل بالدور {role}.</translation>
    </message>
    <message>
        <source>Questionnaire {form} version {version} has no field with the role {role}; a statement needs it.</source>
        <translation>لا تحتوي الاستمارة {form} بالإصدار {version} على حقل بالدور {role}؛ والإفادة تحتاج إليه.</translation>
    </message>
    <message>
        <source>Questionnaire {form} version {version} has no field with the role {role}; a statement&apos;s pseudonym needs it.</source>
        <translation>لا تحتوي الاستمارة {form} بالإصدار {version} على حقل بالدور {role}؛ والاسم المستعار في الإفادة يحتاج إليه.</translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation>{path}: {problem}</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>يجب أن يكون قائمة</translation>
    </message>
    <message>
        <source>must have section, field, row, start, end and kind</source>
        <translation>يجب أن يحوي القسم والحقل والصف والبداية والنهاية والنوع</translation>
    </message>
    <message>
        <source>does not point at a text answer</source>
        <translation>لا يشير إلى إجابة نصية</translation>
    </message>
    <message>
        <source>the span is outside the text</source>
        <translation>المقطع خارج النص</translation>
    </message>
    <message>
        <source>kind must be one of {kinds}</source>
        <translation>يجب أن يكون النوع واحدًا من: {kinds}</translation>
    </message>
    <message>
        <source>must be &apos;draft&apos; or &apos;complete&apos;, not {status}</source>
        <translation>يجب أن تكون ⁦&apos;draft&apos;⁩ أو ⁦&apos;complete&apos;⁩، لا {status}</translation>
    </message>
    <message>
        <source>{id} is not a UUID</source>
        <translation>{id} ليس معرّفًا بصيغة ⁦UUID⁩</translation>
    </message>
    <message>
        <source>a complete record stays complete</source>
        <translation>السجل المكتمل يبقى مكتملًا</translation>
    </message>
    <message>
        <source>the record must be a JSON object</source>
        <translation>يجب أن يكون السجل كائن ⁦JSON⁩</translation>
    </message>
    <message>
        <source>is not a record key</source>
        <translation>ليس مفتاحًا من مفاتيح السجل</translation>
    </message>
    <message>
        <source>Unknown redaction level &apos;{level}&apos;: use one of {levels}.</source>
        <translation>مستوى الحجب «{level}» غير معروف: استخدم واحدًا من: {levels}.</translation>
    </message>
    <message>
        <source>Unknown statement language &apos;{lang}&apos;: use en, ar or ckb.</source>
        <translation>لغة الإفادة «{lang}» غير معروفة: استخدم ⁦en⁩ أو ⁦ar⁩ أو ⁦ckb⁩.</translation>
    </message>
    <message>
        <source>{count} of {total} statements would show words that may name someone or give an address away; read them in the record, mark what must be withheld, then run again (with --checked once they are checked). Nothing was written.</source>
        <translation>ستُظهر {count} من أصل {total} من الإفادات كلمات قد تسمّي شخصًا أو تكشف عنوانًا؛ اقرأها في السجل، وعلِّم ما يجب حجبه، ثم أعد التشغيل (مع ⁦--checked⁩ بعد التحقّق منها). لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>{record}: {reason}</source>
        <translation>{record}: {reason}</translation>
    </message>
    <message>
        <source>the witness withdrew consent; only an internal statement can be made.</source>
        <translation>سحب الشاهد موافقته؛ لا يمكن إعداد إلا إفادة بمستوى داخلي.</translation>
    </message>
    <message>
        <source>the witness was under 18 and no guardian consent is recorded; only an internal statement can be made.</source>
        <translation>كان الشاهد دون ١٨ سنة ولم تُسجَّل موافقة الوصي؛ لا يمكن إعداد إلا إفادة بمستوى داخلي.</translation>
    </message>
    <message>
        <source>no consent scope is recorded; only an internal statement can be made.</source>
        <translation>لم يُسجَّل نطاق الموافقة؛ لا يمكن إعداد إلا إفادة بمستوى داخلي.</translation>
    </message>
    <message>
        <source>the witness&apos;s consent ({scope}) does not allow a {level} statement; allowed: {allowed}.</source>
        <translation>نطاق موافقة الشاهد ({scope}) لا يسمح بإفادة بمستوى {level}؛ المسموح: {allowed}.</translation>
    </message>
    <message>
        <source>Wrong passphrase: the vault was not opened and nothing was changed.</source>
        <translation>عبارة المرور خاطئة: لم تُفتح الخزنة ولم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>No vault at {path}: check the path, or create one with {command}.</source>
        <translation>لا توجد خزنة في {path}: تحقّق من المسار، أو أنشئ خزنة بالأمر {command}.</translation>
    </message>
    <message>
        <source>{path} already exists: a new vault is never written over a file.</source>
        <translation>{path} موجود مسبقًا: لا تُكتب خزنة جديدة أبدًا فوق ملف موجود.</translation>
    </message>
    <message>
        <source>No record {record} in this vault.</source>
        <translation>لا يوجد السجل {record} في هذه الخزنة.</translation>
    </message>
    <message>
        <source>{name} is ambiguous: it names {count} records (ids {ids}); give the id instead.</source>
        <translation>{name} ملتبس: يدل على عدد من السجلات قدره {count} (المعرّفات {ids})؛ أدخل المعرّف بدلًا منه.</translation>
    </message>
    <message>
        <source>The record does not fit the questionnaire: {problem}.</source>
        <translation>السجل لا يطابق الاستمارة: {problem}.</translation>
    </message>
    <message>
        <source>The record does not fit the questionnaire: {problem} (and {more} more).</source>
        <translation>السجل لا يطابق الاستمارة: {problem} (ومشكلات أخرى عددها {more}).</translation>
    </message>
    <message>
        <source>This record is complete: an amendment needs a reason.</source>
        <translation>هذا السجل مكتمل: يحتاج التعديل إلى سبب.</translation>
    </message>
    <message>
        <source>No attachment {attachment} in this vault.</source>
        <translation>لا يوجد المرفق {attachment} في هذه الخزنة.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved; free some space and try again.</source>
        <translation>القرص ممتلئ: لم يُحفظ شيء؛ أفرغ بعض المساحة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Record {record} already exists: use edit to change it.</source>
        <translation>السجل {record} موجود مسبقًا: استخدم التعديل لتغييره.</translation>
    </message>
    <message>
        <source>Revision {revision} is ambiguous: give more characters.</source>
        <translation>المراجعة {revision} ملتبسة: أدخل محارف أكثر.</translation>
    </message>
    <message>
        <source>Record {record} has no revision {revision}.</source>
        <translation>لا توجد للسجل {record} مراجعة {revision}.</translation>
    </message>
    <message>
        <source>{what} must be a date like 2017, 2017-03 or 2017-03-17.</source>
        <translation>{what}: يجب أن يكون تاريخًا مثل ⁦2017⁩ أو ⁦2017-03⁩ أو ⁦2017-03-17⁩.</translation>
    </message>
    <message>
        <source>Status must be &apos;draft&apos; or &apos;complete&apos;.</source>
        <translation>يجب أن تكون الحالة ⁦&apos;draft&apos;⁩ أو ⁦&apos;complete&apos;⁩.</translation>
    </message>
    <message>
        <source>{what} range ends before it starts.</source>
        <translation>{what}: ينتهي النطاق قبل أن يبدأ.</translation>
    </message>
    <message>
        <source>Sort by one of: {sorts}.</source>
        <translation>رتّب حسب واحد من: {sorts}.</translation>
    </message>
    <message>
        <source>A passphrase cannot contain a NUL character.</source>
        <translation>لا يمكن أن تحوي عبارة المرور محرف ⁦NUL⁩.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>عبارة المرور فارغة.</translation>
    </message>
    <message>
        <source>Passphrase too weak: {problem}</source>
        <translation>عبارة المرور ضعيفة جدًا: {problem}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a vault file.</source>
        <translation>{path} مجلد، وليس ملف خزنة.</translation>
    </message>
    <message>
        <source>{path} cannot be read (permission denied).</source>
        <translation>لا يمكن قراءة {path} (الإذن مرفوض).</translation>
    </message>
    <message>
        <source>{path} is empty: it is not a vault.</source>
        <translation>{path} فارغ: ليس خزنة.</translation>
    </message>
    <message>
        <source>{path} is an unencrypted SQLite database, not a Testimony vault.</source>
        <translation>{path} قاعدة بيانات ⁦SQLite⁩ غير مشفّرة، وليس خزنة «شهادة».</translation>
    </message>
    <message>
        <source>{path} is not a Testimony vault.</source>
        <translation>{path} ليس خزنة «شهادة».</translation>
    </message>
    <message>
        <source>{path} could not be read as a vault.</source>
        <translation>تعذّرت قراءة {path} بوصفه خزنة.</translation>
    </message>
    <message>
        <source>SQLCipher is not available: refusing to open without encryption.</source>
        <translation>⁦SQLCipher⁩ غير متاح: لن تُفتح الخزنة دون تشفير.</translation>
    </message>
    <message>
        <source>This vault was made by a newer Testimony (schema {schema}); update to open it.</source>
        <translation>أُنشئت هذه الخزنة بإصدار أحدث من «شهادة» (المخطط {schema})؛ حدّث البرنامج لفتحها.</translation>
    </message>
    <message>
        <source>{path} is an encrypted database but not a Testimony vault.</source>
        <translation>{path} قاعدة بيانات مشفّرة لكنه ليس خزنة «شهادة».</translation>
    </message>
    <message>
        <source>The unsaved copy of record {record} is damaged.</source>
        <translation>النسخة غير المحفوظة من السجل {record} تالفة.</translation>
    </message>
    <message>
        <source>The code prefix must be 2 to 8 Latin letters or digits (e.g. MOS7), one per researcher: nothing was created.</source>
        <translation>يجب أن تكون بادئة الرمز من حرفين إلى ثمانية أحرف أو أرقام لاتينية (مثلًا ⁦MOS7⁩)، بادئة لكل باحث: لم يُنشأ شيء.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>الخزنة مقفلة.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not a setting that can be changed.</source>
        <translation>«{key}» ليس إعدادًا يمكن تغييره.</translation>
    </message>
    <message>
        <source>The audit log was changed outside Testimony, so nothing was saved; run {command} and report it.</source>
        <translation>غُيّر سجل التدقيق خارج «شهادة»، فلم يُحفظ شيء؛ نفّذ {command} وأبلغ عن ذلك.</translation>
    </message>
    <message>
        <source>The vault is busy in another Testimony window or command: nothing was saved; close the other one and try again.</source>
        <translation>الخزنة مشغولة في نافذة أو أمر آخر من «شهادة»: لم يُحفظ شيء؛ أغلق الآخر وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The file holds another record (its id differs).</source>
        <translation>يحوي الملف سجلًا آخر (معرّفه مختلف).</translation>
    </message>
    <message>
        <source>Encryption check: {line}.</source>
        <translation>فحص التشفير: {line}.</translation>
    </message>
    <message>
        <source>Database check: {line}.</source>
        <translation>فحص قاعدة البيانات: {line}.</translation>
    </message>
    <message>
        <source>Audit entry {entry} is missing.</source>
        <translation>مُدخل التدقيق {entry} مفقود.</translation>
    </message>
    <message>
        <source>Audit entry {entry} does not follow the entry before it.</source>
        <translation>مُدخل التدقيق {entry} لا يتبع المُدخل الذي قبله.</translation>
    </message>
    <message>
        <source>Audit entry {entry} was altered.</source>
        <translation>مُدخل التدقيق {entry} عُدِّل.</translation>
    </message>
    <message>
        <source>The audit log does not end where it last ended: entries were removed.</source>
        <translation>سجل التدقيق لا ينتهي حيث انتهى آخر مرة: حُذفت منه مُدخلات.</translation>
    </message>
    <message>
        <source>The audit log&apos;s signed head does not verify.</source>
        <translation>رأس سجل التدقيق الموقَّع لا يجتاز التحقّق.</translation>
    </message>
    <message>
        <source>Revision {revision} does not match its hash.</source>
        <translation>المراجعة {revision} لا تطابق بصمتها.</translation>
    </message>
    <message>
        <source>Revision {revision} is signed by an author whose key this vault does not know ({author}).</source>
        <translation>المراجعة {revision} موقَّعة من كاتب لا تعرف هذه الخزنة مفتاحه ({author}).</translation>
    </message>
    <message>
        <source>The signature of revision {revision} does not verify against its author&apos;s key.</source>
        <translation>توقيع المراجعة {revision} لا يجتاز التحقّق بمفتاح كاتبها.</translation>
    </message>
    <message>
        <source>Record {record} points at a missing revision.</source>
        <translation>السجل {record} يشير إلى مراجعة مفقودة.</translation>
    </message>
    <message>
        <source>Attachment {attachment} does not match its SHA-256.</source>
        <translation>المرفق {attachment} لا يطابق بصمة ⁦SHA-256⁩ الخاصة به.</translation>
    </message>
    <message>
        <source>The kept manifest of bundle {bundle} no longer parses.</source>
        <translation>بيان محتويات الحزمة {bundle} المحفوظ لم يعد قابلًا للقراءة.</translation>
    </message>
    <message>
        <source>The sender&apos;s signature on the kept manifest of bundle {bundle} no longer verifies.</source>
        <translation>توقيع المرسِل على بيان محتويات الحزمة {bundle} المحفوظ لم يعد يجتاز التحقّق.</translation>
    </message>
    <message>
        <source>What the vault kept of the import of bundle {bundle} differs from its manifest.</source>
        <translation>ما حفظته الخزنة من استيراد الحزمة {bundle} يختلف عن بيان محتوياتها.</translation>
    </message>
    <message>
        <source>Revision {revision} is not in the bundle it is said to come from.</source>
        <translation>المراجعة {revision} ليست في الحزمة التي يُقال إنها جاءت منها.</translation>
    </message>
    <message>
        <source>Revision {revision} was altered after it was imported.</source>
        <translation>المراجعة {revision} عُدّلت بعد استيرادها.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Something went wrong inside Testimony ({what}). Nothing more was saved; lock the vault and unlock it again.</source>
        <translation>حدث خطأ داخل «شهادة» ({what}). لم يُحفظ شيء آخر؛ أقفل الخزنة ثم افتحها من جديد.</translation>
    </message>
</context>
<context>
    <name>CreateVaultScreen</name>
    <message>
        <source>A vault is one encrypted file. Without its passphrase nobody can read it, and nobody can recover a forgotten passphrase: write it down and keep it apart from this computer.</source>
        <translation>الخزنة ملف واحد مشفّر. لا يستطيع أحد قراءتها من دون عبارة المرور الخاصة بها، ولا يستطيع أحد استعادة عبارة مرور منسية: اكتبها واحفظها بعيدًا عن هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>e.g. Researcher 7</source>
        <translation>مثلًا: الباحث ⁦7⁩</translation>
    </message>
    <message>
        <source>e.g. MOS7</source>
        <translation>مثلًا ⁦MOS7⁩</translation>
    </message>
    <message>
        <source>Your own prefix for interview codes (MOS7-0001…), given by your supervisor: no other researcher may use it.</source>
        <translation>بادئتك الخاصة لرموز المقابلات (⁦MOS7-0001⁩…)، يعطيك إياها المشرف: لا يجوز لأي باحث آخر استخدامها.</translation>
    </message>
    <message>
        <source>Vault file</source>
        <translation>ملف الخزنة</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>Interview code prefix</source>
        <translation>بادئة رمز المقابلة</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>تكرار عبارة المرور</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>إنشاء الخزنة</translation>
    </message>
    <message>
        <source>Back to unlock</source>
        <translation>العودة إلى فتح الخزنة</translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation>إنشاء خزنة جديدة</translation>
    </message>
    <message>
        <source>Choose where to keep the vault file.</source>
        <translation>اختر مكان حفظ ملف الخزنة.</translation>
    </message>
    <message>
        <source>{path} already exists: choose a new file name; a vault is never written over a file.</source>
        <translation>{path} موجود مسبقًا: اختر اسم ملف جديدًا؛ فالخزنة لا تُكتب أبدًا فوق ملف موجود.</translation>
    </message>
    <message>
        <source>Give your interview code prefix (2 to 8 letters or digits, from your supervisor): codes must differ between researchers.</source>
        <translation>أدخل بادئة رموز المقابلات الخاصة بك (من حرفين إلى ثمانية أحرف أو أرقام لاتينية، يعطيك إياها المشرف): يجب ألا تتكرر الرموز بين الباحثين.</translation>
    </message>
    <message>
        <source>The two passphrases differ: type it again in the second field.</source>
        <translation>عبارتا المرور مختلفتان: اكتبها مرة أخرى في الحقل الثاني.</translation>
    </message>
    <message>
        <source>New vault file</source>
        <translation>ملف خزنة جديد</translation>
    </message>
    <message>
        <source>Testimony vaults (*.vault);;All files (*)</source>
        <translation>خزائن «شهادة» (*.vault);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>جارٍ الإنشاء…</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>سنة-شهر-يوم، أو سنة-شهر، أو سنة</translation>
    </message>
    <message>
        <source>year only</source>
        <translation>السنة فقط</translation>
    </message>
    <message>
        <source>year and month</source>
        <translation>السنة والشهر</translation>
    </message>
    <message>
        <source>full date</source>
        <translation>التاريخ كاملًا</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>سنة-شهر-يوم</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>ساعة:دقيقة</translation>
    </message>
    <message>
        <source>Offset from UTC (Iraq: +03:00)</source>
        <translation>الفرق عن توقيت ⁦UTC⁩ (العراق: ⁦+03:00⁩)</translation>
    </message>
</context>
<context>
    <name>DoubtfulList</name>
    <message>
        <source>Check these words before saving: they may name someone or give an address away, and nothing recorded matched them. Mark in the record any that must be withheld.</source>
        <translation>تحقّق من هذه الكلمات قبل الحفظ: قد تكشف اسم شخص أو عنواناً، ولم يطابقها شيء مسجّل. حدّد في السجل ما يجب أن يكون منها محجوباً.</translation>
    </message>
    <message>
        <source>Doubtful words</source>
        <translation>كلمات مشكوك فيها</translation>
    </message>
    <message>
        <source>I have checked these words</source>
        <translation>تحقّقتُ من هذه الكلمات</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicate witnesses</source>
        <translation>شهود يُحتمل تكرارهم</translation>
    </message>
    <message>
        <source>Records that may be the same witness interviewed twice. Nothing is merged: compare them and record your decision.</source>
        <translation>سجلات قد تكون لشاهد واحد أُجريت معه المقابلة مرتين. لا يُدمج شيء: قارن بينها ودوِّن قرارك.</translation>
    </message>
    <message>
        <source>Looking for possible duplicates…</source>
        <translation>جارٍ البحث عن تكرارات محتملة…</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>درجة التشابه</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>الأسباب</translation>
    </message>
    <message>
        <source>Same witness</source>
        <translation>الشاهد نفسه</translation>
    </message>
    <message>
        <source>Distinct people</source>
        <translation>شخصان مختلفان</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>المحسومة</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>بانتظار القرار</translation>
    </message>
    <message>
        <source>Interview code</source>
        <translation>رمز المقابلة</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Father&apos;s name</source>
        <translation>اسم الأب</translation>
    </message>
    <message>
        <source>Grandfather&apos;s name</source>
        <translation>اسم الجد</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>الاسم بالحروف اللاتينية</translation>
    </message>
    <message>
        <source>Kunya</source>
        <translation>الكنية</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Incident date</source>
        <translation>تاريخ الحادثة</translation>
    </message>
    <message>
        <source>Incident place</source>
        <translation>مكان الحادثة</translation>
    </message>
    <message>
        <source>Researcher</source>
        <translation>الباحث</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation>أفراد الأسرة</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>father&apos;s name</source>
        <translation>اسم الأب</translation>
    </message>
    <message>
        <source>grandfather&apos;s name</source>
        <translation>اسم الجد</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>kunya</source>
        <translation>الكنية</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>رقم الهاتف</translation>
    </message>
    <message>
        <source>incident date</source>
        <translation>تاريخ الحادثة</translation>
    </message>
    <message>
        <source>incident date and place</source>
        <translation>تاريخ الحادثة ومكانها</translation>
    </message>
    <message numerus="yes">
        <source>%n household member(s) in common</source>
        <translation>
            <numerusform>%n فرد مشترك من الأسرة</numerusform>
            <numerusform>%n فرد مشترك من الأسرة</numerusform>
            <numerusform>%n فردان مشتركان من الأسرة</numerusform>
            <numerusform>%n أفراد مشتركون من الأسرة</numerusform>
            <numerusform>%n فردًا مشتركًا من الأسرة</numerusform>
            <numerusform>%n فرد مشترك من الأسرة</numerusform>
        </translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p بالمئة</translation>
    </message>
    <message>
        <source>No possible duplicates left to review.</source>
        <translation>لم يبقَ أي تكرار محتمل بانتظار القرار.</translation>
    </message>
    <message>
        <source>Score {score}%: {reasons}</source>
        <translation>درجة التشابه {score}٪: {reasons}</translation>
    </message>
    <message>
        <source>Recorded: {a} and {b} are the same witness.</source>
        <translation>دُوِّن القرار: السجلان {a} و{b} للشاهد نفسه.</translation>
    </message>
    <message>
        <source>Recorded: {a} and {b} are distinct people.</source>
        <translation>دُوِّن القرار: السجلان {a} و{b} لشخصين مختلفين.</translation>
    </message>
</context>
<context>
    <name>EditorBar</name>
    <message>
        <source>Back to list</source>
        <translation>العودة إلى القائمة</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save a revision (Ctrl+S)</source>
        <translation>حفظ مراجعة (⁦Ctrl+S⁩)</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>إكمال</translation>
    </message>
    <message>
        <source>Check that nothing is missing, then store the record as complete (Ctrl+Enter)</source>
        <translation>التحقق من عدم نقص أي شيء، ثم حفظ السجل على أنه مكتمل (⁦Ctrl+Enter⁩)</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <source>Check</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>History</source>
        <translation>تاريخ المراجعات</translation>
    </message>
    <message>
        <source>New interview</source>
        <translation>مقابلة جديدة</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Draft kept {time}</source>
        <translation>احتُفظ بالمسودة في {time}</translation>
    </message>
    <message>
        <source>Edits discarded: the record is as in revision {n}.</source>
        <translation>تم تجاهل التعديلات: السجل كما هو في المراجعة {n}.</translation>
    </message>
    <message>
        <source>Saved as revision {n}.</source>
        <translation>حُفظ بوصفه المراجعة {n}.</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>حُفظ في {time}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Hand in records</source>
        <translation>تسليم السجلات</translation>
    </message>
    <message>
        <source>Seal for</source>
        <translation>تشفير الحزمة للمستلمين</translation>
    </message>
    <message>
        <source>{label} ({role}) - {fingerprint}</source>
        <translation>{label} ({role}) - {fingerprint}</translation>
    </message>
    <message>
        <source>No key that can receive bundles is enrolled: enrol your supervisor&apos;s key first (Keys…).</source>
        <translation>لا يوجد مفتاح معتمَد يمكنه استقبال الحزم: اعتمد مفتاح مشرفك أولًا (المفاتيح…).</translation>
    </message>
    <message>
        <source>What goes in</source>
        <translation>ما تتضمنه الحزمة</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>ملف الحزمة</translation>
    </message>
    <message>
        <source>Choose where to save the bundle</source>
        <translation>اختر مكان حفظ الحزمة</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>مشرف</translation>
    </message>
    <message>
        <source>researcher</source>
        <translation>باحث</translation>
    </message>
    <message>
        <source>headquarters</source>
        <translation>المقر الرئيسي</translation>
    </message>
    <message numerus="yes">
        <source>The %n chosen record(s).</source>
        <translation>
            <numerusform>%n سجل مختار.</numerusform>
            <numerusform>%n سجل مختار.</numerusform>
            <numerusform>%n سجلان مختاران.</numerusform>
            <numerusform>%n سجلات مختارة.</numerusform>
            <numerusform>%n سجلًا مختارًا.</numerusform>
            <numerusform>%n سجل مختار.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Everything not yet handed in to these recipients: %n record(s).</source>
        <translation>
            <numerusform>كل ما لم يُسلَّم بعد إلى هؤلاء المستلمين: %n سجل.</numerusform>
            <numerusform>كل ما لم يُسلَّم بعد إلى هؤلاء المستلمين: %n سجل.</numerusform>
            <numerusform>كل ما لم يُسلَّم بعد إلى هؤلاء المستلمين: %n سجلان.</numerusform>
            <numerusform>كل ما لم يُسلَّم بعد إلى هؤلاء المستلمين: %n سجلات.</numerusform>
            <numerusform>كل ما لم يُسلَّم بعد إلى هؤلاء المستلمين: %n سجلًا.</numerusform>
            <numerusform>كل ما لم يُسلَّم بعد إلى هؤلاء المستلمين: %n سجل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one recipient.</source>
        <translation>اختر مستلمًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>Save the bundle</source>
        <translation>حفظ الحزمة</translation>
    </message>
    <message>
        <source>Hand-in bundles (*.tbundle)</source>
        <translation>حزم التسليم (*.tbundle)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {path}: %n record(s), {size}. Hand this file to your supervisor.</source>
        <translation>
            <numerusform>حُفظ {path}: %n سجل، {size}. سلِّم هذا الملف إلى مشرفك.</numerusform>
            <numerusform>حُفظ {path}: %n سجل، {size}. سلِّم هذا الملف إلى مشرفك.</numerusform>
            <numerusform>حُفظ {path}: %n سجلان، {size}. سلِّم هذا الملف إلى مشرفك.</numerusform>
            <numerusform>حُفظ {path}: %n سجلات، {size}. سلِّم هذا الملف إلى مشرفك.</numerusform>
            <numerusform>حُفظ {path}: %n سجلًا، {size}. سلِّم هذا الملف إلى مشرفك.</numerusform>
            <numerusform>حُفظ {path}: %n سجل، {size}. سلِّم هذا الملف إلى مشرفك.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: no bundle was written.</source>
        <translation>توقّف التصدير: لم تُكتب أي حزمة.</translation>
    </message>
</context>
<context>
    <name>FieldMergeDialog</name>
    <message>
        <source>Merge field by field</source>
        <translation>دمج الحقول حقلًا حقلًا</translation>
    </message>
    <message>
        <source>Choose, for each field that differs, which version to keep. A field changed on one side only since both had the same record is preset to that side; a field changed on both sides must be chosen.</source>
        <translation>اختر لكل حقل مختلف النسخةَ التي تُبقي عليها. الحقل الذي عُدِّل في جهة واحدة فقط منذ أن كان السجل واحدًا لدى الجهتين مضبوط مسبقًا على تلك الجهة؛ أما الحقل الذي عُدِّل في الجهتين كلتيهما فيجب أن تختار له.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>This vault&apos;s version</source>
        <translation>نسخة هذه الخزنة</translation>
    </message>
    <message>
        <source>Imported version</source>
        <translation>النسخة المستوردة</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>عُدِّل</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>الإبقاء على</translation>
    </message>
    <message>
        <source>The merged record (highlighted: taken from the imported version)</source>
        <translation>السجل بعد الدمج (المظلَّل مأخوذ من النسخة المستوردة)</translation>
    </message>
    <message>
        <source>Write the merged revision</source>
        <translation>كتابة المراجعة المدمجة</translation>
    </message>
    <message>
        <source>here</source>
        <translation>هنا</translation>
    </message>
    <message>
        <source>by the sender</source>
        <translation>لدى المرسِل</translation>
    </message>
    <message>
        <source>on both sides</source>
        <translation>في الجهتين كلتيهما</translation>
    </message>
    <message>
        <source>(sensitive marks differ)</source>
        <translation>(علامات المقاطع الحساسة مختلفة)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>this vault&apos;s</source>
        <translation>نسخة هذه الخزنة</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>المستوردة</translation>
    </message>
    <message numerus="yes">
        <source>Choose a side for every field changed on both sides (%n left) to see the merged record.</source>
        <translation>
            <numerusform>اختر جهةً لكل حقل عُدِّل في الجهتين كلتيهما (المتبقي: %n) لترى السجل بعد الدمج.</numerusform>
            <numerusform>اختر جهةً لكل حقل عُدِّل في الجهتين كلتيهما (المتبقي: %n) لترى السجل بعد الدمج.</numerusform>
            <numerusform>اختر جهةً لكل حقل عُدِّل في الجهتين كلتيهما (المتبقي: %n) لترى السجل بعد الدمج.</numerusform>
            <numerusform>اختر جهةً لكل حقل عُدِّل في الجهتين كلتيهما (المتبقي: %n) لترى السجل بعد الدمج.</numerusform>
            <numerusform>اختر جهةً لكل حقل عُدِّل في الجهتين كلتيهما (المتبقي: %n) لترى السجل بعد الدمج.</numerusform>
            <numerusform>اختر جهةً لكل حقل عُدِّل في الجهتين كلتيهما (المتبقي: %n) لترى السجل بعد الدمج.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Both sides changed %n field(s): choose a side for each first.</source>
        <translation>
            <numerusform>عدد الحقول التي عدّلتها الجهتان كلتاهما: %n. اختر جهةً لكلٍّ منها أولًا.</numerusform>
            <numerusform>عدد الحقول التي عدّلتها الجهتان كلتاهما: %n. اختر جهةً لكلٍّ منها أولًا.</numerusform>
            <numerusform>عدد الحقول التي عدّلتها الجهتان كلتاهما: %n. اختر جهةً لكلٍّ منها أولًا.</numerusform>
            <numerusform>عدد الحقول التي عدّلتها الجهتان كلتاهما: %n. اختر جهةً لكلٍّ منها أولًا.</numerusform>
            <numerusform>عدد الحقول التي عدّلتها الجهتان كلتاهما: %n. اختر جهةً لكلٍّ منها أولًا.</numerusform>
            <numerusform>عدد الحقول التي عدّلتها الجهتان كلتاهما: %n. اختر جهةً لكلٍّ منها أولًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the merged version of {code}?</source>
        <translation>هل تريد كتابة النسخة المدمجة من {code}؟</translation>
    </message>
    <message>
        <source>A new revision with the merged content is written on top of this vault&apos;s version. Neither version is deleted.</source>
        <translation>تُكتب مراجعة جديدة بالمحتوى المدمج فوق نسخة هذه الخزنة. لا تُحذف أي من النسختين.</translation>
    </message>
</context>
<context>
    <name>GeneratedField</name>
    <message>
        <source>Made when the record is saved</source>
        <translation>يُنشأ عند حفظ السجل</translation>
    </message>
</context>
<context>
    <name>GeopointField</name>
    <message>
        <source>Latitude, e.g. 36.3489</source>
        <translation>خط العرض، مثلًا ⁦36.3489⁩</translation>
    </message>
    <message>
        <source>Longitude, e.g. 43.1190</source>
        <translation>خط الطول، مثلًا ⁦43.1190⁩</translation>
    </message>
    <message>
        <source>Precision…</source>
        <translation>الدقة…</translation>
    </message>
    <message>
        <source>Lat</source>
        <translation>العرض</translation>
    </message>
    <message>
        <source>Lon</source>
        <translation>الطول</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>وقت الحفظ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>موقّعة</translation>
    </message>
    <message>
        <source>signed by the bundle only</source>
        <translation>موقّعة بتوقيع الحزمة فقط</translation>
    </message>
    <message>
        <source>unsigned, passed on by a relay</source>
        <translation>غير موقّعة، مرّرها مشرف أو مقرّ معتمد</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>غير موقّعة</translation>
    </message>
    <message>
        <source>signature does not verify</source>
        <translation>التوقيع لا يجتاز التحقّق</translation>
    </message>
    <message>
        <source>Written in this vault</source>
        <translation>كُتبت في هذه الخزنة</translation>
    </message>
    <message>
        <source>Arrived in bundle {bundle} from {sender}</source>
        <translation>وصلت في الحزمة {bundle} من {sender}</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;من</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;إلى</translation>
    </message>
    <message>
        <source>Revision {number} — {when}</source>
        <translation>المراجعة {number} — {when}</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>Revision {number}: the first revision, as it was saved.</source>
        <translation>المراجعة {number}: المراجعة الأولى كما حُفظت.</translation>
    </message>
    <message>
        <source>Pick two different revisions to compare.</source>
        <translation>اختر مراجعتين مختلفتين للمقارنة بينهما.</translation>
    </message>
    <message numerus="yes">
        <source>Changes: %n</source>
        <translation>
            <numerusform>التغييرات: %n</numerusform>
            <numerusform>التغييرات: %n</numerusform>
            <numerusform>التغييرات: %n</numerusform>
            <numerusform>التغييرات: %n</numerusform>
            <numerusform>التغييرات: %n</numerusform>
            <numerusform>التغييرات: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No answers changed.</source>
        <translation>لم تتغيّر أي إجابة.</translation>
    </message>
    <message>
        <source>Reason for revision {number}: {reason}</source>
        <translation>سبب المراجعة {number}: {reason}</translation>
    </message>
    <message>
        <source>Sensitive spans marked</source>
        <translation>المقاطع الحساسة المعلَّمة</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import hand-in bundles</source>
        <translation>استيراد حزم التسليم</translation>
    </message>
    <message>
        <source>Choose bundles…</source>
        <translation>اختيار الحزم…</translation>
    </message>
    <message>
        <source>Choose the bundle files a researcher handed in. Each is checked and shown before anything is imported.</source>
        <translation>اختر ملفات الحزم التي سلّمها الباحث. تُفحص كل حزمة وتُعرض قبل استيراد أي شيء.</translation>
    </message>
    <message>
        <source>Choose bundles</source>
        <translation>اختيار الحزم</translation>
    </message>
    <message>
        <source>Hand-in bundles (*.tbundle);;All files (*)</source>
        <translation>حزم التسليم (*.tbundle);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>جارٍ استيراد {name}…</translation>
    </message>
    <message>
        <source>Already imported on {date}: nothing changed.</source>
        <translation>استُوردت هذه الحزمة في {date}: لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Imported: {new} new, {updated} with new revisions, {conflict} in conflict (both histories kept), {present} already present; {revisions} revisions, {attachments} attachments.</source>
        <translation>اكتمل الاستيراد. سجلات جديدة: {new}، سجلات بمراجعات جديدة: {updated}، سجلات في تعارض: {conflict} (احتُفظ بتاريخ المراجعات من الجهتين)، سجلات موجودة مسبقًا: {present}؛ المراجعات: {revisions}، المرفقات: {attachments}.</translation>
    </message>
    <message>
        <source>Conflicts arrived: review them in the Conflicts window (from the menu).</source>
        <translation>وصلت حالات تعارض: افحصها في نافذة «حالات التعارض» (من القائمة).</translation>
    </message>
    <message>
        <source>Possible duplicate witnesses arrived: review them in the Duplicates window (from the menu).</source>
        <translation>وصل شهود يُحتمل تكرارهم: افحصهم في نافذة «تكرارات محتملة» (من القائمة).</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>جارٍ التحقق من {name}…</translation>
    </message>
    <message>
        <source>Checking {name} ({n} of {count})…</source>
        <translation>جارٍ التحقق من {name} ({n} من {count})…</translation>
    </message>
    <message>
        <source>Stopped: nothing was imported.</source>
        <translation>توقّف الاستيراد: لم يُستورد شيء.</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Keys for hand-in bundles</source>
        <translation>مفاتيح حزم التسليم</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>هذه الخزنة</translation>
    </message>
    <message>
        <source>Your fingerprint: read it aloud to whoever enrols your key. It is the one fingerprint you have: the same on your key file, on your bundles and beside everything you write.</source>
        <translation>بصمة مفتاحك: اقرأها بصوت عالٍ لمن يعتمد مفتاحك. هي بصمتك الوحيدة: نفسها في ملف مفتاحك، وفي حزمك، وبجانب كل ما تكتبه.</translation>
    </message>
    <message>
        <source>This vault receives bundles (a supervisor&apos;s or headquarters&apos; vault)</source>
        <translation>تستقبل هذه الخزنة الحزم (خزنة مشرف أو خزنة المقر الرئيسي)</translation>
    </message>
    <message>
        <source>Save my public key…</source>
        <translation>حفظ مفتاحي العام…</translation>
    </message>
    <message>
        <source>Enrolled keys</source>
        <translation>المفاتيح المعتمدة</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>بصمة المفتاح</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Enrol a key…</source>
        <translation>اعتماد مفتاح…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>إبطال…</translation>
    </message>
    <message>
        <source>Enrol this key</source>
        <translation>اعتماد هذا المفتاح</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>بصمة المفتاح:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>التسمية:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>الدور:</translation>
    </message>
    <message>
        <source>The owner read this fingerprint aloud to me and it matches</source>
        <translation>قرأ صاحب المفتاح هذه البصمة لي بصوت مسموع وهي مطابقة</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>اعتماد</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>مشرف</translation>
    </message>
    <message>
        <source>researcher</source>
        <translation>باحث</translation>
    </message>
    <message>
        <source>headquarters</source>
        <translation>المقر الرئيسي</translation>
    </message>
    <message>
        <source>revoked {date}</source>
        <translation>أُبطل في {date}</translation>
    </message>
    <message>
        <source>enrolled {date}</source>
        <translation>اعتُمد في {date}</translation>
    </message>
    <message>
        <source>Save my public key</source>
        <translation>حفظ مفتاحي العام</translation>
    </message>
    <message>
        <source>Testimony public keys (*.tpub)</source>
        <translation>مفاتيح «شهادة» العامة (*.tpub)</translation>
    </message>
    <message>
        <source>Saved {path}. Its fingerprint: {fingerprint}</source>
        <translation>حُفظ {path}. بصمته: {fingerprint}</translation>
    </message>
    <message>
        <source>Enrol a key</source>
        <translation>اعتماد مفتاح</translation>
    </message>
    <message>
        <source>Ask the key&apos;s owner to read their fingerprint aloud and compare it with the one shown before enrolling.</source>
        <translation>اطلب من صاحب المفتاح أن يقرأ بصمته بصوت مسموع، وقارنها بالبصمة المعروضة قبل الاعتماد.</translation>
    </message>
    <message>
        <source>Enrolled {label} as {role}.</source>
        <translation>اعتُمد مفتاح {label} بصفة {role}.</translation>
    </message>
    <message>
        <source>Revoke a key</source>
        <translation>إبطال مفتاح</translation>
    </message>
    <message>
        <source>Revoke the key of {label} ({fingerprint})? Nothing will be sealed to it or imported from it again; this cannot be undone.</source>
        <translation>هل تريد إبطال مفتاح {label} ({fingerprint})؟ لن يُشفَّر له شيء ولن يُستورد منه شيء بعد الآن؛ ولا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>إبطال</translation>
    </message>
    <message>
        <source>Revoked the key of {label}.</source>
        <translation>أُبطل مفتاح {label}.</translation>
    </message>
</context>
<context>
    <name>LevelWords</name>
    <message>
        <source>Internal</source>
        <translation>داخلي</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>للشركاء</translation>
    </message>
    <message>
        <source>Public, named</source>
        <translation>علني، مع ذكر الاسم</translation>
    </message>
    <message>
        <source>Public, anonymous</source>
        <translation>علني، دون ذكر الاسم</translation>
    </message>
    <message>
        <source>Everything, names and contact details included. For your organisation only.</source>
        <translation>كل شيء، بما في ذلك الأسماء وبيانات الاتصال. لمنظمتك فقط.</translation>
    </message>
    <message>
        <source>Names kept; contact details, coordinates and interviewers withheld. Not for publication.</source>
        <translation>تبقى الأسماء؛ وتُحجب بيانات الاتصال والإحداثيات وأسماء القائمين بالمقابلة. ليست للنشر.</translation>
    </message>
    <message>
        <source>For publication: the witness and the dead by name, living people as roles, marked details withheld.</source>
        <translation>للنشر: الشاهد والمتوفَّون بأسمائهم، والأحياء بصفاتهم، وتُحجب التفاصيل المعلَّمة.</translation>
    </message>
    <message>
        <source>For publication: the witness by pseudonym, every name and marked detail withheld.</source>
        <translation>للنشر: الشاهد باسم مستعار، وتُحجب جميع الأسماء والتفاصيل المعلَّمة.</translation>
    </message>
    <message>
        <source>{code}: the witness withdrew consent; only an internal statement can be made.</source>
        <translation>{code}: سحب الشاهد موافقته؛ لا يمكن إعداد إلا إفادة داخلية.</translation>
    </message>
    <message>
        <source>{code}: the witness was under 18 and no guardian consent is recorded; only an internal statement can be made.</source>
        <translation>{code}: كان الشاهد دون الثامنة عشرة ولم تُسجَّل موافقة أحد والديه أو الوصي عليه؛ لا يمكن إعداد إلا إفادة داخلية.</translation>
    </message>
    <message>
        <source>{code}: no consent scope is recorded; only an internal statement can be made.</source>
        <translation>{code}: لم يُسجَّل نطاق الموافقة؛ لا يمكن إعداد إلا إفادة داخلية.</translation>
    </message>
    <message>
        <source>{code}: the witness&apos;s consent ({scope}) does not allow a statement at the level {level}; allowed: {allowed}.</source>
        <translation>{code}: موافقة الشاهد ({scope}) لا تسمح بإفادة بمستوى {level}؛ المسموح: {allowed}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Testimony</source>
        <translation>شهادة</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;خزنة</translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation>خزنة &amp;جديدة…</translation>
    </message>
    <message>
        <source>&amp;Open vault…</source>
        <translation>&amp;فتح خزنة…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;قفل</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Interview</source>
        <translation>&amp;مقابلة</translation>
    </message>
    <message>
        <source>&amp;New interview</source>
        <translation>مقابلة &amp;جديدة</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>مقابلة</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;لغة</translation>
    </message>
    <message>
        <source>Testimony — {name}</source>
        <translation>شهادة — {name}</translation>
    </message>
    <message>
        <source>Vault unlocked. Lock it with Ctrl+L.</source>
        <translation>فُتحت الخزنة. أقفلها بالضغط على ⁦Ctrl+L⁩.</translation>
    </message>
    <message>
        <source>Wait until the current work is done, then choose the language again.</source>
        <translation>انتظر حتى ينتهي العمل الجاري، ثم اختر اللغة مرة أخرى.</translation>
    </message>
    <message>
        <source>A file is being stored in the vault: wait until it is done.</source>
        <translation>يجري حفظ ملف في الخزنة: انتظر حتى ينتهي.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n min without use.</source>
        <translation>
            <numerusform>أُقفلت الخزنة بعد %n دقيقة دون استخدام.</numerusform>
            <numerusform>أُقفلت الخزنة بعد %n دقيقة دون استخدام.</numerusform>
            <numerusform>أُقفلت الخزنة بعد %n دقيقتين دون استخدام.</numerusform>
            <numerusform>أُقفلت الخزنة بعد %n دقائق دون استخدام.</numerusform>
            <numerusform>أُقفلت الخزنة بعد %n دقيقة دون استخدام.</numerusform>
            <numerusform>أُقفلت الخزنة بعد %n دقيقة دون استخدام.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarkedTextEdit</name>
    <message>
        <source>Name</source>
        <translation>اسم</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>مكان</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>رقم هاتف</translation>
    </message>
    <message>
        <source>Other identifying detail</source>
        <translation>تفصيل آخر يكشف الهوية</translation>
    </message>
    <message>
        <source>Marked: {kind}</source>
        <translation>معلَّم: {kind}</translation>
    </message>
    <message>
        <source>Suggested: {kind} recorded elsewhere in this interview</source>
        <translation>مقترح: {kind} مسجَّل في موضع آخر من هذه المقابلة</translation>
    </message>
    <message>
        <source>Mark as name</source>
        <translation>تعليم كاسم</translation>
    </message>
    <message>
        <source>Mark as place</source>
        <translation>تعليم كمكان</translation>
    </message>
    <message>
        <source>Mark as phone number</source>
        <translation>تعليم كرقم هاتف</translation>
    </message>
    <message>
        <source>Mark as other identifying detail</source>
        <translation>تعليم كتفصيل آخر يكشف الهوية</translation>
    </message>
    <message>
        <source>Unmark</source>
        <translation>إزالة التعليم</translation>
    </message>
    <message>
        <source>Mark all suggestions</source>
        <translation>تعليم جميع المقترحات</translation>
    </message>
    <message>
        <source>Mark “{term}” as {kind}</source>
        <translation>تعليم «{term}» على أنه {kind}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Wrong passphrase: the vault was not opened and nothing was changed.</source>
        <translation>عبارة المرور خاطئة: لم تُفتح الخزنة ولم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>There is no vault at {path}: choose another file or create a vault.</source>
        <translation>لا توجد خزنة في {path}: اختر ملفًا آخر أو أنشئ خزنة.</translation>
    </message>
    <message>
        <source>{path} already exists: choose a new file name; a vault is never written over a file.</source>
        <translation>{path} موجود مسبقًا: اختر اسم ملف جديدًا؛ فالخزنة لا تُكتب أبدًا فوق ملف موجود.</translation>
    </message>
    <message>
        <source>{path} is not a Testimony vault: choose another file.</source>
        <translation>{path} ليس خزنة «شهادة»: اختر ملفًا آخر.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved; free some space and try again.</source>
        <translation>القرص ممتلئ: لم يُحفظ شيء؛ أفرغ بعض المساحة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess: add more unrelated words.</source>
        <translation>عبارة المرور هذه سهلة التخمين جدًا: أضف مزيدًا من الكلمات غير المترابطة.</translation>
    </message>
    <message>
        <source>ALARM: a different bundle with this bundle&apos;s id was imported before; this file may be forged or altered. Nothing was changed.</source>
        <translation>إنذار: استُوردت من قبلُ حزمةٌ مختلفة تحمل معرّف هذه الحزمة نفسه؛ قد يكون هذا الملف مزوّرًا أو عُبث به. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Bundle refused; nothing was changed. Detail: {why}</source>
        <translation>رُفضت الحزمة ولم يتغيّر شيء. التفاصيل: {why}</translation>
    </message>
    <message>
        <source>{path} could not be used: {reason}</source>
        <translation>تعذّر استخدام {path}: {reason}</translation>
    </message>
    <message>
        <source>Something went wrong ({kind}); nothing was changed.</source>
        <translation>حدث خطأ ما ({kind})؛ لم يتغيّر شيء.</translation>
    </message>
</context>
<context>
    <name>NewPassphrase</name>
    <message>
        <source>Generate</source>
        <translation>توليد</translation>
    </message>
    <message>
        <source>Six random words: strong and easy to write down.</source>
        <translation>ست كلمات عشوائية: قوية وسهلة التدوين.</translation>
    </message>
    <message>
        <source>Write this passphrase down now; it will not be shown again:</source>
        <translation>اكتب عبارة المرور هذه الآن؛ فلن تُعرض مرة أخرى:</translation>
    </message>
</context>
<context>
    <name>PagePreview</name>
    <message>
        <source>Making the statement</source>
        <translation>جارٍ إعداد الإفادة</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>الصفحة {page}</translation>
    </message>
    <message>
        <source>Page {current} of {total}</source>
        <translation>الصفحة {current} من {total}</translation>
    </message>
</context>
<context>
    <name>PersonNameField</name>
    <message>
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>الأب</translation>
    </message>
    <message>
        <source>Grandfather</source>
        <translation>الجد</translation>
    </message>
    <message>
        <source>Family or tribe</source>
        <translation>العائلة أو العشيرة</translation>
    </message>
    <message>
        <source>Kunya (Abu…, Umm…)</source>
        <translation>الكنية (أبو…، أم…)</translation>
    </message>
    <message>
        <source>Latin transliteration</source>
        <translation>الكتابة بالحروف اللاتينية</translation>
    </message>
    <message>
        <source>{part} (Latin)</source>
        <translation>{part} (بالحروف اللاتينية)</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message numerus="yes">
        <source>Missing or wrong before the record can be completed: %n</source>
        <translation>
            <numerusform>ما ينقص أو يجب تصحيحه قبل إكمال السجل: %n</numerusform>
            <numerusform>ما ينقص أو يجب تصحيحه قبل إكمال السجل: %n</numerusform>
            <numerusform>ما ينقص أو يجب تصحيحه قبل إكمال السجل: %n</numerusform>
            <numerusform>ما ينقص أو يجب تصحيحه قبل إكمال السجل: %n</numerusform>
            <numerusform>ما ينقص أو يجب تصحيحه قبل إكمال السجل: %n</numerusform>
            <numerusform>ما ينقص أو يجب تصحيحه قبل إكمال السجل: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is missing.</source>
        <translation>لا ينقص شيء.</translation>
    </message>
    <message>
        <source>Press Complete to check what is still missing.</source>
        <translation>اضغط «إكمال» للتحقق مما لا يزال ناقصًا.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;نعم</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;لا</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>التخلّي عن التغييرات</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>Select a record to read it here.</source>
        <translation>اختر سجلًا لقراءته هنا.</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>{status} · revision {number} · saved {when}</source>
        <translation>{status} · المراجعة {number} · حُفظت في {when}</translation>
    </message>
    <message>
        <source>by {name}</source>
        <translation>بقلم {name}</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>الملفات المرفقة</translation>
    </message>
</context>
<context>
    <name>RecordsFilterBar</name>
    <message>
        <source>All records</source>
        <translation>كل السجلات</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>المسودات</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>المكتملة</translation>
    </message>
    <message>
        <source>With a conflict</source>
        <translation>التي فيها تعارض</translation>
    </message>
    <message>
        <source>Show drafts, complete records, both, or records with an open conflict</source>
        <translation>عرض المسودات أو السجلات المكتملة أو كليهما، أو السجلات التي فيها تعارض لم يُحَل</translation>
    </message>
    <message>
        <source>Show one researcher&apos;s interviews</source>
        <translation>عرض مقابلات باحث واحد</translation>
    </message>
    <message>
        <source>Incident from</source>
        <translation>الحادثة من</translation>
    </message>
    <message>
        <source>Incident to</source>
        <translation>الحادثة حتى</translation>
    </message>
    <message>
        <source>A year, month or day of the incident: 2017, 2017-03 or 2017-03-17</source>
        <translation>سنة الحادثة أو شهرها أو يومها: ⁦2017⁩ أو ⁦2017-03⁩ أو ⁦2017-03-17⁩</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>عرض الكل</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>إزالة كل عوامل التصفية</translation>
    </message>
    <message>
        <source>All researchers</source>
        <translation>كل الباحثين</translation>
    </message>
</context>
<context>
    <name>RecordsModel</name>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>الشاهد</translation>
    </message>
    <message>
        <source>Researcher</source>
        <translation>الباحث</translation>
    </message>
    <message>
        <source>Incident date</source>
        <translation>تاريخ الحادثة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>آخر تحديث</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <source>Changed both here and by the sender after it was handed in: open it to compare and settle the conflict.</source>
        <translation>عُدِّل هنا ولدى المرسِل معًا بعد تسليمه: افتحه لتقارن بين النسختين وتحل التعارض.</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>Search names, accounts and instructions…</source>
        <translation>ابحث في الأسماء وروايات الشهود والتعليمات…</translation>
    </message>
    <message numerus="yes">
        <source>Found: %n or more</source>
        <translation>
            <numerusform>النتائج: %n أو أكثر</numerusform>
            <numerusform>النتائج: %n أو أكثر</numerusform>
            <numerusform>النتائج: %n أو أكثر</numerusform>
            <numerusform>النتائج: %n أو أكثر</numerusform>
            <numerusform>النتائج: %n أو أكثر</numerusform>
            <numerusform>النتائج: %n أو أكثر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found: %n</source>
        <translation>
            <numerusform>النتائج: %n</numerusform>
            <numerusform>النتائج: %n</numerusform>
            <numerusform>النتائج: %n</numerusform>
            <numerusform>النتائج: %n</numerusform>
            <numerusform>النتائج: %n</numerusform>
            <numerusform>النتائج: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Records: %n</source>
        <translation>
            <numerusform>السجلات: %n</numerusform>
            <numerusform>السجلات: %n</numerusform>
            <numerusform>السجلات: %n</numerusform>
            <numerusform>السجلات: %n</numerusform>
            <numerusform>السجلات: %n</numerusform>
            <numerusform>السجلات: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepeatEditor</name>
    <message>
        <source>Add row</source>
        <translation>إضافة صف</translation>
    </message>
    <message>
        <source>Add a row ({keys})</source>
        <translation>إضافة صف ({keys})</translation>
    </message>
    <message>
        <source>Undo remove</source>
        <translation>التراجع عن الحذف</translation>
    </message>
</context>
<context>
    <name>Resolution</name>
    <message>
        <source>Why is it resolved this way? (required)</source>
        <translation>لماذا حُلَّ التعارض على هذا النحو؟ (مطلوب)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;السبب:</translation>
    </message>
    <message>
        <source>Write the reason for this choice first: it is kept in the record&apos;s history.</source>
        <translation>اكتب سبب هذا الاختيار أولًا: فهو يُحفظ في تاريخ مراجعات السجل.</translation>
    </message>
    <message>
        <source>Resolve the conflict</source>
        <translation>حل التعارض</translation>
    </message>
</context>
<context>
    <name>ResumeOffer</name>
    <message>
        <source>Unsaved interview</source>
        <translation>مقابلة غير محفوظة</translation>
    </message>
    <message>
        <source>Resume the unsaved interview {code}? Its answers were kept at {time} but not saved as a revision.</source>
        <translation>هل تريد استئناف المقابلة غير المحفوظة {code}؟ احتُفظ بإجاباتها في {time} لكنها لم تُحفظ بوصفها مراجعة.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>حذف الإجابات غير المحفوظة</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
</context>
<context>
    <name>RowCard</name>
    <message>
        <source>Show or hide this row&apos;s fields</source>
        <translation>إظهار حقول هذا الصف أو إخفاؤها</translation>
    </message>
    <message>
        <source>Move this row up</source>
        <translation>نقل هذا الصف إلى الأعلى</translation>
    </message>
    <message>
        <source>Move this row down</source>
        <translation>نقل هذا الصف إلى الأسفل</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>تكرار</translation>
    </message>
    <message>
        <source>Add a copy of this row below it</source>
        <translation>إضافة نسخة من هذا الصف تحته</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Remove this row (it can be undone)</source>
        <translation>حذف هذا الصف (يمكن التراجع عن ذلك)</translation>
    </message>
</context>
<context>
    <name>SectionNavigator</name>
    <message>
        <source>empty</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>مكتمل جزئيًا</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>has errors</source>
        <translation>به أخطاء</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <source>Statement {code}</source>
        <translation>إفادة {code}</translation>
    </message>
    <message>
        <source>Redaction level</source>
        <translation>مستوى الحجب</translation>
    </message>
    <message>
        <source>Greyed-out levels are not allowed by the witness&apos;s consent:</source>
        <translation>المستويات المعروضة باللون الرمادي لا تسمح بها موافقة الشاهد:</translation>
    </message>
    <message>
        <source>Language of the statement</source>
        <translation>لغة الإفادة</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Named in the header of every page</source>
        <translation>يُذكر اسمها في ترويسة كل صفحة</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>حفظ بصيغة ⁦PDF⁩…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>The system&apos;s print service keeps a copy of the pages until they are printed, outside the vault: print only where you trust the computer and the printer.</source>
        <translation>تحتفظ خدمة الطباعة في النظام بنسخة من الصفحات حتى تُطبع، خارج الخزنة: لا تطبع إلا حيث تثق بالحاسوب والطابعة.</translation>
    </message>
    <message>
        <source>Save the statement as PDF</source>
        <translation>حفظ الإفادة بصيغة ⁦PDF⁩</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات ⁦PDF⁩ (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>حُفظت في {path}</translation>
    </message>
    <message>
        <source>The printer did not accept the statement; try again or save it as PDF.</source>
        <translation>لم تقبل الطابعة الإفادة؛ حاول مرة أخرى أو احفظها بصيغة ⁦PDF⁩.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>أُرسلت %n صفحة إلى الطابعة.</numerusform>
            <numerusform>أُرسلت %n صفحة إلى الطابعة.</numerusform>
            <numerusform>أُرسلت %n صفحتان إلى الطابعة.</numerusform>
            <numerusform>أُرسلت %n صفحات إلى الطابعة.</numerusform>
            <numerusform>أُرسلت %n صفحةً إلى الطابعة.</numerusform>
            <numerusform>أُرسلت %n صفحة إلى الطابعة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Type a passphrase, or generate one.</source>
        <translation>اكتب عبارة مرور، أو ولّد واحدة.</translation>
    </message>
    <message>
        <source>Strong enough. Time to guess it: {time}.</source>
        <translation>قوية بما يكفي. الوقت اللازم لتخمينها: {time}.</translation>
    </message>
    <message>
        <source>Too short: use at least {n} characters; several unrelated words are easiest.</source>
        <translation>قصيرة جدًا: استخدم {n} حرفًا على الأقل؛ وأسهل طريقة هي عدة كلمات غير مترابطة.</translation>
    </message>
    <message>
        <source>Too easy to guess: a rack of graphics cards could find it in {time}. Add more unrelated words.</source>
        <translation>سهلة التخمين جدًا: يمكن لمجموعة من بطاقات الرسوميات أن تجدها خلال: {time}. أضف مزيدًا من الكلمات غير المترابطة.</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>أقل من دقيقة</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>دقائق</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>ساعات</translation>
    </message>
    <message>
        <source>days</source>
        <translation>أيام</translation>
    </message>
    <message>
        <source>months</source>
        <translation>أشهر</translation>
    </message>
    <message>
        <source>years</source>
        <translation>سنوات</translation>
    </message>
    <message>
        <source>centuries</source>
        <translation>قرون</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>HH:MM</source>
        <translation>ساعة:دقيقة</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Open another vault…</source>
        <translation>فتح خزنة أخرى…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Remember this vault&apos;s location on this computer</source>
        <translation>تذكّر موقع هذه الخزنة على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Unticked, nothing on this computer says where the vault is. Ticked, its location is saved in this computer&apos;s settings, where anyone who holds the laptop can read it (the vault itself stays locked).</source>
        <translation>إذا لم تُحدَّد، فلا شيء على هذا الحاسوب يدلّ على مكان الخزنة. وإذا حُدِّدت، يُحفظ موقعها في إعدادات هذا الحاسوب، حيث يستطيع قراءته كلّ من يضع يده على الحاسوب (وتبقى الخزنة نفسها مقفلة).</translation>
    </message>
    <message>
        <source>Create a new vault…</source>
        <translation>إنشاء خزنة جديدة…</translation>
    </message>
    <message>
        <source>Unlock your vault</source>
        <translation>افتح خزنتك</translation>
    </message>
    <message>
        <source>Vault: {path}</source>
        <translation>الخزنة: {path}</translation>
    </message>
    <message>
        <source>Open a vault</source>
        <translation>فتح خزنة</translation>
    </message>
    <message>
        <source>Testimony vaults (*.vault);;All files (*)</source>
        <translation>خزائن «شهادة» (*.vault);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>جارٍ الفتح…</translation>
    </message>
</context>
<context>
    <name>VaultWindows</name>
    <message>
        <source>&amp;Statement…</source>
        <translation>&amp;إفادة…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>تغيير &amp;عبارة المرور…</translation>
    </message>
    <message>
        <source>&amp;Hand-in</source>
        <translation>&amp;تسليم</translation>
    </message>
    <message>
        <source>&amp;Hand in interviews…</source>
        <translation>&amp;تسليم المقابلات…</translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation>&amp;استيراد الحزم…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;حالات التعارض…</translation>
    </message>
    <message>
        <source>Possible &amp;duplicates…</source>
        <translation>تكرارات &amp;محتملة…</translation>
    </message>
    <message>
        <source>&amp;Keys…</source>
        <translation>الم&amp;فاتيح…</translation>
    </message>
    <message>
        <source>Choose a saved interview first: a statement is made from a saved record.</source>
        <translation>اختر مقابلة محفوظة أولًا: تُعَدّ الإفادة من سجل محفوظ.</translation>
    </message>
    <message>
        <source>Passphrase changed: from now on only the new passphrase opens this vault.</source>
        <translation>تم تغيير عبارة المرور: من الآن لا يفتح هذه الخزنة إلا عبارة المرور الجديدة.</translation>
    </message>
</context>
<context>
    <name>_OtherMixin</name>
    <message>
        <source>Other: please specify</source>
        <translation>غير ذلك: يُرجى التحديد</translation>
    </message>
</context>
<context>
    <name>_Unavailable</name>
    <message>
        <source>Not available in this version.</source>
        <translation>غير متاح في هذا الإصدار من البرنامج.</translation>
    </message>
</context>
</TS>
