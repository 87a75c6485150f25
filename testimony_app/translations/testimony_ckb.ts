<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ku" sourcelanguage="en">
<context>
    <name>AmendDialog</name>
    <message>
        <source>Amend a completed record</source>
        <translation>دەستکاریکردنی تۆمارێکی تەواوکراو</translation>
    </message>
    <message>
        <source>This record was completed. Saving makes a new revision and keeps the old one.
Why is it being changed?</source>
        <translation>ئەم تۆمارە تەواو کراوە. پاشەکەوتکردن وەشانێکی نوێ دروست دەکات و کۆنەکەش دەهێڵێتەوە.
بۆچی دەگۆڕدرێت؟</translation>
    </message>
    <message>
        <source>Save amendment</source>
        <translation>پاشەکەوتکردنی دەستکاری</translation>
    </message>
    <message>
        <source>Discard my edits</source>
        <translation>دەستکارییەکانم فڕێ بدە</translation>
    </message>
    <message>
        <source>Go back to the last saved revision; nothing is written.</source>
        <translation>گەڕانەوە بۆ دوایین وەشانی پاشەکەوتکراو؛ هیچ شتێک نانووسرێت.</translation>
    </message>
</context>
<context>
    <name>AttachmentField</name>
    <message>
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Name</source>
        <translation>ناو</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>جۆر</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>قەبارە</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>پەنجەمۆری ⁦SHA-256⁩</translation>
    </message>
    <message>
        <source>&amp;Add file…</source>
        <translation>&amp;زیادکردنی فایل…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;هەناردەکردن…</translation>
    </message>
    <message>
        <source>Write a copy of this attachment to a file you choose, outside the vault</source>
        <translation>کۆپییەکی ئەم هاوپێچە لە فایلێکدا کە خۆت هەڵیدەبژێریت، لە دەرەوەی گەنجینەکە پاشەکەوت بکە</translation>
    </message>
    <message>
        <source>Storing {name} in the vault…</source>
        <translation>{name} لە گەنجینەدا پاشەکەوت دەکرێت…</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>{name} زیاد کرا.</translation>
    </message>
    <message>
        <source>Stopped: nothing was added.</source>
        <translation>ڕاگیرا: هیچ زیاد نەکرا.</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>هەناردە کرا بۆ {path}.</translation>
    </message>
    <message>
        <source>Add a file to this interview</source>
        <translation>فایلێک بۆ ئەم چاوپێکەوتنە زیاد بکە</translation>
    </message>
    <message>
        <source>Export attachment</source>
        <translation>هەناردەکردنی هاوپێچ</translation>
    </message>
    <message>
        <source>No attachment chosen.</source>
        <translation>هیچ هاوپێچێک هەڵنەبژێردراوە.</translation>
    </message>
    <message>
        <source>Recordings are not played inside Testimony. Use Export… to listen to a copy outside the vault.</source>
        <translation>فایلە دەنگی و ڤیدیۆییەکان لە ناو «شایەتی»دا لێنادرێن. «هەناردەکردن…» بەکاربهێنە بۆ گوێگرتن لە کۆپییەک لە دەرەوەی گەنجینەکە.</translation>
    </message>
    <message>
        <source>No preview for this kind of file.</source>
        <translation>پێشبینین بۆ ئەم جۆرە فایلە نییە.</translation>
    </message>
    <message>
        <source>This image is too large to preview.</source>
        <translation>ئەم وێنەیە گەورەترە لەوەی پێشبینین بکرێت.</translation>
    </message>
    <message>
        <source>This image could not be read.</source>
        <translation>نەتوانرا ئەم وێنەیە بخوێندرێتەوە.</translation>
    </message>
</context>
<context>
    <name>BundlePreviewPanel</name>
    <message>
        <source>Sender:</source>
        <translation>نێرەر:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>پەنجەمۆری کلیل:</translation>
    </message>
    <message>
        <source>Standing:</source>
        <translation>دۆخی نێرەر:</translation>
    </message>
    <message>
        <source>Bundle number:</source>
        <translation>ژمارەی بەستە:</translation>
    </message>
    <message>
        <source>Made:</source>
        <translation>کاتی دروستکردن:</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کۆد</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>شایەت</translation>
    </message>
    <message>
        <source>What importing does</source>
        <translation>هاوردەکردن چی دەکات</translation>
    </message>
    <message>
        <source>New revisions</source>
        <translation>وەشانە نوێیەکان</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>هاوپێچەکان</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>ئەگەری دووبارەبوون</translation>
    </message>
    <message>
        <source>I compared this fingerprint with the sender (read aloud)</source>
        <translation>ئەم پەنجەمۆرەم لەگەڵ نێرەر بەراورد کرد (بە دەنگی بەرز خوێندرایەوە)</translation>
    </message>
    <message>
        <source>Enrol this sender as a researcher</source>
        <translation>ئەم نێرەرە وەک توێژەر پەسەند بکە</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>هاوردەکردن</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(بێ ناو)</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>پەسەندکراو</translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation>نەناسراو</translation>
    </message>
    <message>
        <source>REVOKED</source>
        <translation>هەڵوەشێنراوە</translation>
    </message>
    <message>
        <source>{time} UTC</source>
        <translation>{time} بە کاتی ⁦UTC⁩</translation>
    </message>
    <message>
        <source>Another bundle from this sender already had the number {n}.</source>
        <translation>پێشتر بەستەیەکی تری ئەم نێرەرە ژمارەی {n}ی هەبوو.</translation>
    </message>
    <message>
        <source>A bundle from this researcher is missing (number {numbers}): ask them for it.</source>
        <translation>بەستەیەکی ئەم توێژەرە کەمە (ژمارە {numbers}): داوای لێ بکە.</translation>
    </message>
    <message>
        <source>The code {code} is already used by another record: after the import, find these by their ids, and give each researcher a code prefix of their own.</source>
        <translation>کۆدی {code} پێشتر بۆ تۆمارێکی تر بەکارهاتووە: دوای هاوردەکردن ئەم تۆمارانە بە ناسنامەکانیان بدۆزەرەوە، و پێشگرێکی کۆدی تایبەت بە هەر توێژەرێک بدە.</translation>
    </message>
    <message>
        <source>Already imported on {date}: importing it again changes nothing.</source>
        <translation>لە {date} هاوردە کراوە: دووبارە هاوردەکردنەوەی هیچ ناگۆڕێت.</translation>
    </message>
    <message>
        <source>The sender&apos;s key was revoked: nothing is imported from it.</source>
        <translation>کلیلی نێرەر هەڵوەشێنراوەتەوە: هیچ شتێک لێیەوە هاوردە ناکرێت.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>نوێ</translation>
    </message>
    <message>
        <source>already present</source>
        <translation>پێشتر هەیە</translation>
    </message>
    <message>
        <source>new revisions</source>
        <translation>وەشانی نوێ</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>ناکۆکی</translation>
    </message>
    <message>
        <source>{code} ({score}% alike)</source>
        <translation>{code} ({score}٪ لێکچوون)</translation>
    </message>
    <message>
        <source>Enrolled as a researcher. Nothing is imported until you press Import.</source>
        <translation>وەک توێژەر پەسەند کرا. هیچ شتێک هاوردە ناکرێت تا «هاوردەکردن» دانەگریت.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>گۆڕینی دەستەواژەی نهێنی</translation>
    </message>
    <message>
        <source>The vault is re-encrypted with the new passphrase; afterwards only the new one opens it. Copies made before keep the old one.</source>
        <translation>گەنجینەکە بە دەستەواژە نهێنییە نوێیەکە دووبارە شاردراوە دەکرێتەوە؛ دوای ئەوە تەنها نوێیەکە دەیکاتەوە. ئەو کۆپیانەی پێشتر دروستکراون بە کۆنەکە دەمێننەوە.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>دەستەواژەی نهێنیی ئێستا</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>دەستەواژەی نهێنیی نوێ</translation>
    </message>
    <message>
        <source>Repeat new passphrase</source>
        <translation>دەستەواژەی نهێنیی نوێ دووبارە بکەرەوە</translation>
    </message>
    <message>
        <source>Type the current passphrase.</source>
        <translation>دەستەواژەی نهێنیی ئێستا بنووسە.</translation>
    </message>
    <message>
        <source>The two passphrases differ: type it again in the second field.</source>
        <translation>دوو دەستەواژە نهێنییەکە جیاوازن: لە خانەی دووەمدا دووبارە بینووسەوە.</translation>
    </message>
    <message>
        <source>Re-encrypting the vault…</source>
        <translation>گەنجینەکە دووبارە شاردراوە دەکرێتەوە…</translation>
    </message>
    <message>
        <source>The current passphrase is wrong: nothing was changed.</source>
        <translation>دەستەواژەی نهێنیی ئێستا هەڵەیە: هیچ شتێک نەگۆڕدرا.</translation>
    </message>
</context>
<context>
    <name>ChangesView</name>
    <message>
        <source>Added: {row}</source>
        <translation>زیاد کرا: {row}</translation>
    </message>
    <message>
        <source>Removed: {row}</source>
        <translation>لابرا: {row}</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>پێشتر:</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>دواتر:</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>ناکۆکییەکان</translation>
    </message>
    <message>
        <source>These records were changed both here and by the sender after they were handed in. Compare both versions and keep one, or merge them field by field: a new revision is written, and both histories stay in the vault.</source>
        <translation>ئەم تۆمارانە دوای ڕادەستکردنیان هەم لێرە و هەم لەلایەن نێرەرەوە گۆڕدراون. هەردوو وەشانەکە بەراورد بکە و یەکێکیان بهێڵەرەوە، یان خانە بە خانە تێکەڵیان بکە: وەشانێکی نوێ دەنووسرێت، و مێژووی هەردووکیان لە گەنجینەکەدا دەمێنێتەوە.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>تۆمار</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>کاتی دەستنیشانکردن</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>هاوردەکراو لە</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>بەستە</translation>
    </message>
    <message>
        <source>This vault&apos;s version</source>
        <translation>وەشانی ئەم گەنجینەیە</translation>
    </message>
    <message>
        <source>Imported version</source>
        <translation>وەشانی هاوردەکراو</translation>
    </message>
    <message>
        <source>What differs (&quot;Before&quot;: this vault&apos;s version; &quot;After&quot;: the imported one)</source>
        <translation>جیاوازییەکان («پێشتر»: وەشانی ئەم گەنجینەیە؛ «دواتر»: وەشانە هاوردەکراوەکە)</translation>
    </message>
    <message>
        <source>Keep this vault&apos;s version</source>
        <translation>هێشتنەوەی وەشانی ئەم گەنجینەیە</translation>
    </message>
    <message>
        <source>Keep the imported version</source>
        <translation>هێشتنەوەی وەشانە هاوردەکراوەکە</translation>
    </message>
    <message>
        <source>Merge field by field…</source>
        <translation>تێکەڵکردنی خانە بە خانە…</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>هیچ ناکۆکییەکی چارەسەرنەکراو نییە.</translation>
    </message>
    <message>
        <source>The answers are the same on both sides.</source>
        <translation>وەڵامەکان لە هەردوو لادا وەک یەکن.</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>تەواو</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>ڕەشنووس</translation>
    </message>
    <message>
        <source>Revision {number} ({hash}) · {status} · by {author} · saved {when}</source>
        <translation>وەشانی {number} ({hash}) · {status} · لەلایەن {author} · پاشەکەوتکراو لە {when}</translation>
    </message>
    <message>
        <source>Keep this vault&apos;s version of {code}?</source>
        <translation>وەشانی ئەم گەنجینەیە بۆ {code} بهێڵدرێتەوە؟</translation>
    </message>
    <message>
        <source>Keep the imported version of {code}?</source>
        <translation>وەشانە هاوردەکراوەکەی {code} بهێڵدرێتەوە؟</translation>
    </message>
    <message>
        <source>A new revision with that content is written on top of this vault&apos;s version. Neither version is deleted.</source>
        <translation>وەشانێکی نوێ بەو ناوەڕۆکەوە لەسەر وەشانی ئەم گەنجینەیە دەنووسرێت. هیچ کام لە وەشانەکان ناسڕدرێتەوە.</translation>
    </message>
    <message>
        <source>{code} resolved: revision {number} written.</source>
        <translation>{code} چارەسەر کرا: وەشانی {number} نووسرا.</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>Bundle refused: {reason}</source>
        <translation>بەستەکە ڕەتکرایەوە: {reason}</translation>
    </message>
    <message>
        <source>ALARM: a different bundle with this bundle&apos;s id was imported before; this file may be forged or altered. Nothing was changed.</source>
        <translation>زەنگی مەترسی: پێشتر بەستەیەکی جیاواز بە هەمان ناسنامەی ئەم بەستەیە هاوردە کراوە؛ لەوانەیە ئەم فایلە ساختە بێت یان دەستکاری کرابێت. هیچ نەگۆڕا.</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} فایل نییە.</translation>
    </message>
    <message>
        <source>{refused} of {count} bundles were refused (see above); nothing of those was imported.</source>
        <translation>{refused} لە {count} بەستە ڕەتکرانەوە (سەیری سەرەوە بکە)؛ هیچ شتێک لەوانە هاوردە نەکرا.</translation>
    </message>
    <message>
        <source>the file is too short to be a Testimony bundle.</source>
        <translation>فایلەکە کورتترە لەوەی بەستەیەکی «شایەتی» بێت.</translation>
    </message>
    <message>
        <source>this file is not a Testimony bundle.</source>
        <translation>ئەم فایلە بەستەیەکی «شایەتی» نییە.</translation>
    </message>
    <message>
        <source>bundle format {version} suite {suite} is not supported by this version of Testimony.</source>
        <translation>شێوازی بەستەی {version} بە کۆمەڵەی شفرەی {suite} لەم وەشانی «شایەتی»یەدا پشتگیری ناکرێت.</translation>
    </message>
    <message>
        <source>the bundle header length is out of range.</source>
        <translation>درێژیی سەرپەڕەی بەستەکە لە دەرەوەی سنوورە.</translation>
    </message>
    <message>
        <source>the bundle is cut short (inside its header).</source>
        <translation>بەستەکە ناتەواو بڕاوە (لە ناو سەرپەڕەکەیدا).</translation>
    </message>
    <message>
        <source>the bundle header&apos;s recipient count is out of range.</source>
        <translation>ژمارەی وەرگرەکان لە سەرپەڕەی بەستەکەدا لە دەرەوەی سنوورە.</translation>
    </message>
    <message>
        <source>this vault has no recipient key, so no bundle is addressed to it.</source>
        <translation>ئەم گەنجینەیە کلیلی وەرگرتنی نییە، بۆیە هیچ بەستەیەک ئاراستەی ناکرێت.</translation>
    </message>
    <message>
        <source>the bundle header was altered.</source>
        <translation>سەرپەڕەی بەستەکە دەستکاری کراوە.</translation>
    </message>
    <message>
        <source>this bundle is not addressed to this vault.</source>
        <translation>ئەم بەستەیە ئاراستەی ئەم گەنجینەیە نەکراوە.</translation>
    </message>
    <message>
        <source>the bundle is cut short.</source>
        <translation>بەستەکە ناتەواو بڕاوە.</translation>
    </message>
    <message>
        <source>the bundle is damaged or was altered (at part {part}).</source>
        <translation>بەستەکە تێکچووە یان دەستکاری کراوە (لە بەشی {part}).</translation>
    </message>
    <message>
        <source>the bundle&apos;s contents end too early.</source>
        <translation>ناوەڕۆکی بەستەکە زووتر لە کاتی خۆی کۆتایی دێت.</translation>
    </message>
    <message>
        <source>the bundle holds more than its manifest lists.</source>
        <translation>بەستەکە زیاتر لەوەی تێدایە کە لیستی ناوەڕۆکەکەی دەیژمێرێت.</translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest is too large.</source>
        <translation>لیستی ناوەڕۆکی بەستەکە زۆر گەورەیە.</translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest is invalid ({what}).</source>
        <translation>لیستی ناوەڕۆکی بەستەکە نادروستە ({what}).</translation>
    </message>
    <message>
        <source>the sender&apos;s signature does not verify.</source>
        <translation>واژووی نێرەر پشتڕاست ناکرێتەوە.</translation>
    </message>
    <message>
        <source>the bundle&apos;s header does not belong to its signed manifest.</source>
        <translation>سەرپەڕەی بەستەکە هی لیستی ناوەڕۆکە واژووکراوەکەی نییە.</translation>
    </message>
    <message>
        <source>the sender&apos;s key does not match the sender named in the bundle.</source>
        <translation>کلیلی نێرەر لەگەڵ ئەو نێرەرەی لە بەستەکەدا ناوی هاتووە ناگونجێت.</translation>
    </message>
    <message>
        <source>an author&apos;s key in the bundle does not match the author it is listed for.</source>
        <translation>کلیلی نووسەرێک لە بەستەکەدا لەگەڵ ئەو نووسەرەی بۆی ڕیزکراوە ناگونجێت.</translation>
    </message>
    <message>
        <source>an attachment name in the bundle is a path or holds control characters.</source>
        <translation>ناوی هاوپێچێک لە بەستەکەدا ڕێڕەوە یان نیشانەی کۆنترۆڵی تێدایە.</translation>
    </message>
    <message>
        <source>this bundle&apos;s signed recipients do not include this vault.</source>
        <translation>وەرگرە واژووکراوەکانی ئەم بەستەیە ئەم گەنجینەیە ناگرنەوە.</translation>
    </message>
    <message>
        <source>this bundle was made by this vault.</source>
        <translation>ئەم بەستەیە لەم گەنجینەیەدا دروست کراوە.</translation>
    </message>
    <message>
        <source>the file changed between the preview and the import.</source>
        <translation>فایلەکە لە نێوان پێشبینین و هاوردەکردندا گۆڕا.</translation>
    </message>
    <message>
        <source>the bundle&apos;s padding is not all zero bytes.</source>
        <translation>پڕکەرەوەی بەستەکە هەمووی بایتی سفر نییە.</translation>
    </message>
    <message>
        <source>an entry&apos;s hash does not match ({kind} of record {record}).</source>
        <translation>هاشی تۆمارێکی ناو بەستەکە ناگونجێت ({kind}ی تۆماری {record}).</translation>
    </message>
    <message>
        <source>a revision of record {record} is not valid JSON.</source>
        <translation>وەشانێکی تۆماری {record} ⁦JSON⁩ی دروست نییە.</translation>
    </message>
    <message>
        <source>a revision of record {record} is not in canonical form.</source>
        <translation>وەشانێکی تۆماری {record} بە شێوە ستانداردەکە نییە.</translation>
    </message>
    <message>
        <source>a revision of record {record} names another record.</source>
        <translation>وەشانێکی تۆماری {record} ناوی تۆمارێکی تر دەهێنێت.</translation>
    </message>
    <message>
        <source>the history of record {record} is not one unbroken chain.</source>
        <translation>مێژووی تۆماری {record} یەک زنجیرەی نەبڕاو نییە.</translation>
    </message>
    <message>
        <source>a revision of record {record} names no valid form.</source>
        <translation>وەشانێکی تۆماری {record} ناوی هیچ پرسیارنامەیەکی دروست ناهێنێت.</translation>
    </message>
    <message>
        <source>a revision of record {record} has an invalid {key}.</source>
        <translation>وەشانێکی تۆماری {record} بەهای نادروستی بۆ {key} تێدایە.</translation>
    </message>
    <message>
        <source>a revision of record {record} has an invalid reason.</source>
        <translation>وەشانێکی تۆماری {record} هۆکارێکی نادروستی تێدایە.</translation>
    </message>
    <message>
        <source>record {record} uses a form this Testimony does not have ({form} version {version}).</source>
        <translation>تۆماری {record} پرسیارنامەیەک بەکاردەهێنێت کە ئەم بەرنامەیە نییەتی ({form}، وەشانی {version}).</translation>
    </message>
    <message>
        <source>record {record} does not fit the questionnaire: {problem}.</source>
        <translation>تۆماری {record} لەگەڵ پرسیارنامەکە ناگونجێت: {problem}.</translation>
    </message>
    <message>
        <source>an attachment in the bundle has the id of a different one in this vault.</source>
        <translation>هاوپێچێک لە بەستەکەدا ناسێنەری هاوپێچێکی جیاوازی ئەم گەنجینەیەی هەیە.</translation>
    </message>
    <message>
        <source>an attachment&apos;s hash does not match (record {record}).</source>
        <translation>هاشی هاوپێچێک ناگونجێت (تۆماری {record}).</translation>
    </message>
    <message>
        <source>an audit entry in the bundle is not valid JSON.</source>
        <translation>تۆمارێکی وردبینی لە بەستەکەدا ⁦JSON⁩ی دروست نییە.</translation>
    </message>
    <message>
        <source>an audit entry in the bundle is not a list of events.</source>
        <translation>تۆمارێکی وردبینی لە بەستەکەدا لیستی ڕووداوەکان نییە.</translation>
    </message>
    <message>
        <source>an audit event in the bundle is malformed.</source>
        <translation>ڕووداوێکی وردبینی لە بەستەکەدا شێواوە.</translation>
    </message>
    <message>
        <source>an audit event&apos;s hash does not match.</source>
        <translation>هاشی ڕووداوێکی وردبینی ناگونجێت.</translation>
    </message>
    <message>
        <source>the sender&apos;s key ({sender}) was revoked.</source>
        <translation>کلیلی نێرەر ({sender}) هەڵوەشێنراوەتەوە.</translation>
    </message>
    <message>
        <source>the sender ({sender}) is not enrolled: compare this fingerprint with them and enrol them first (in the import window, or with import --enrol-sender FINGERPRINT).</source>
        <translation>نێرەر ({sender}) پەسەند نەکراوە: ئەم پەنجەمۆرە لەگەڵ ئەودا بەراورد بکە و سەرەتا پەسەندی بکە (لە پەنجەرەی هاوردەکردن، یان بە فەرمانی ⁦import --enrol-sender FINGERPRINT⁩).</translation>
    </message>
    <message>
        <source>revision {number} ({revision}) of record {record}</source>
        <translation>وەشانی {number} ({revision})ی تۆماری {record}</translation>
    </message>
    <message>
        <source>{where} has an invalid time.</source>
        <translation>{where}: کاتەکەی نادروستە.</translation>
    </message>
    <message>
        <source>{where} is dated before the revision it amends.</source>
        <translation>{where}: مێژووەکەی پێش ئەو وەشانەیە کە دەیگۆڕێت.</translation>
    </message>
    <message>
        <source>{where} names no valid author (not a key fingerprint).</source>
        <translation>{where}: ناوی هیچ نووسەرێکی دروست ناهێنێت (پەنجەمۆری کلیل نییە).</translation>
    </message>
    <message>
        <source>{where} names an author whose key this vault revoked ({author}).</source>
        <translation>{where}: ناوی نووسەرێک دەهێنێت کە ئەم گەنجینەیە کلیلەکەی هەڵوەشاندووەتەوە ({author}).</translation>
    </message>
    <message>
        <source>{where} names {author} as its author but carries no signature of theirs, and they did not send this bundle.</source>
        <translation>{where}: ناوی {author} وەک نووسەر دەهێنێت بەڵام واژووی ئەوی پێوە نییە، و ئەو ئەم بەستەیەی نەناردووە.</translation>
    </message>
    <message>
        <source>{where} is signed, but the bundle lacks the key of its author ({author}).</source>
        <translation>{where}: واژوو کراوە، بەڵام کلیلی نووسەرەکەی ({author}) لە بەستەکەدا نییە.</translation>
    </message>
    <message>
        <source>{where}: its signature does not verify against the author it names ({author}).</source>
        <translation>{where}: واژووەکەی بە کلیلی ئەو نووسەرەی ناوی دەهێنێت ({author}) پشتڕاست ناکرێتەوە.</translation>
    </message>
    <message>
        <source>{where} names an author this vault does not know ({author}), and the sender&apos;s key was revoked here.</source>
        <translation>{where}: ناوی نووسەرێک دەهێنێت کە ئەم گەنجینەیە نایناسێت ({author})، و کلیلی نێرەر لێرە هەڵوەشێنراوەتەوە.</translation>
    </message>
    <message>
        <source>{where} names an author this vault does not know ({author}), and the sender is not a supervisor or headquarters enrolled here to pass on others&apos; work.</source>
        <translation>{where}: ناوی نووسەرێک دەهێنێت کە ئەم گەنجینەیە نایناسێت ({author})، و نێرەر سەرپەرشتیار یان بارەگای سەرەکی نییە کە لێرە پەسەند کرابێت بۆ گواستنەوەی کاری کەسانی تر.</translation>
    </message>
    <message>
        <source>A recipient key is written only with its signature.</source>
        <translation>کلیلی وەرگرتن تەنها لەگەڵ واژووەکەیدا دەنووسرێت.</translation>
    </message>
    <message>
        <source>A key label is at most {limit} characters.</source>
        <translation>ناونیشانی کلیل لە {limit} پیت زیاتر نابێت.</translation>
    </message>
    <message>
        <source>This file is too large to be a Testimony public key.</source>
        <translation>ئەم فایلە گەورەترە لەوەی کلیلی گشتیی «شایەتی» بێت.</translation>
    </message>
    <message>
        <source>This file is not a Testimony public key (not UTF-8 text).</source>
        <translation>ئەم فایلە کلیلی گشتیی «شایەتی» نییە (دەقی ⁦UTF-8⁩ نییە).</translation>
    </message>
    <message>
        <source>This file is not a Testimony public key.</source>
        <translation>ئەم فایلە کلیلی گشتیی «شایەتی» نییە.</translation>
    </message>
    <message>
        <source>This public key file has an unexpected line.</source>
        <translation>ئەم فایلی کلیلی گشتییە دێڕێکی چاوەڕواننەکراوی تێدایە.</translation>
    </message>
    <message>
        <source>This public key file lacks its signing key or fingerprint.</source>
        <translation>ئەم فایلی کلیلی گشتییە کلیلی واژووکردن یان پەنجەمۆری کلیلی تێدا نییە.</translation>
    </message>
    <message>
        <source>This key file was made by an earlier Testimony and cannot be used to send bundles: ask its owner for a new one (Keys, Save my public key).</source>
        <translation>ئەم فایلی کلیلە بە وەشانێکی کۆنتری «شایەتی» دروست کراوە و ناتوانرێت بۆ ناردنی بەستە بەکاربهێنرێت: داوای فایلێکی نوێ لە خاوەنەکەی بکە (کلیلەکان، پاشەکەوتکردنی کلیلی گشتیی خۆم).</translation>
    </message>
    <message>
        <source>This public key file is damaged: its fingerprint does not match.</source>
        <translation>ئەم فایلی کلیلی گشتییە تێکچووە: پەنجەمۆرەکەی ناگونجێت.</translation>
    </message>
    <message>
        <source>This public key file is damaged or altered: its recipient key is not signed by its owner.</source>
        <translation>ئەم فایلی کلیلی گشتییە تێکچووە یان دەستکاری کراوە: کلیلی وەرگرتنەکەی لەلایەن خاوەنەکەیەوە واژوو نەکراوە.</translation>
    </message>
    <message>
        <source>This public key file is damaged (bad base64).</source>
        <translation>ئەم فایلی کلیلی گشتییە تێکچووە (⁦base64⁩ی نادروست).</translation>
    </message>
    <message>
        <source>This public key file is damaged (a key has the wrong length).</source>
        <translation>ئەم فایلی کلیلی گشتییە تێکچووە (درێژیی کلیلێک هەڵەیە).</translation>
    </message>
    <message>
        <source>This public key file holds an invalid recipient key.</source>
        <translation>ئەم فایلی کلیلی گشتییە کلیلێکی وەرگرتنی نادروستی تێدایە.</translation>
    </message>
    <message>
        <source>The role must be one of {roles}.</source>
        <translation>ڕۆڵەکە دەبێت یەکێک بێت لەمانە: {roles}.</translation>
    </message>
    <message>
        <source>This key cannot receive bundles (it has no recipient key), so it cannot be enrolled as {role}.</source>
        <translation>ئەم کلیلە ناتوانێت بەستە وەربگرێت (کلیلی وەرگرتنی نییە)، بۆیە ناتوانرێت وەک {role} پەسەند بکرێت.</translation>
    </message>
    <message>
        <source>This is this vault&apos;s own key: enrol the other person&apos;s key.</source>
        <translation>ئەمە کلیلی ئەم گەنجینەیە خۆیەتی: کلیلی کەسەکەی تر پەسەند بکە.</translation>
    </message>
    <message>
        <source>This key is already enrolled ({fingerprint}).</source>
        <translation>ئەم کلیلە پێشتر پەسەند کراوە (پەنجەمۆر {fingerprint}).</translation>
    </message>
    <message>
        <source>This key is already revoked ({fingerprint}).</source>
        <translation>ئەم کلیلە پێشتر هەڵوەشێنراوەتەوە (پەنجەمۆر {fingerprint}).</translation>
    </message>
    <message>
        <source>Give at least 8 hex digits of the key&apos;s fingerprint.</source>
        <translation>لانیکەم ٨ ژمارەی شازدەیی لە پەنجەمۆری کلیلەکە بنووسە.</translation>
    </message>
    <message>
        <source>No single enrolled key has the fingerprint {fingerprint}.</source>
        <translation>هیچ تاکە کلیلێکی پەسەندکراو پەنجەمۆری {fingerprint}ی نییە.</translation>
    </message>
    <message>
        <source>The key {fingerprint} is already revoked.</source>
        <translation>کلیلی خاوەن پەنجەمۆری {fingerprint} پێشتر هەڵوەشێنراوەتەوە.</translation>
    </message>
    <message>
        <source>The sender ({sender}) is already enrolled.</source>
        <translation>نێرەر ({sender}) پێشتر پەسەند کراوە.</translation>
    </message>
    <message>
        <source>The sender ({sender}) is already revoked.</source>
        <translation>کلیلی نێرەر ({sender}) پێشتر هەڵوەشێنراوەتەوە.</translation>
    </message>
    <message>
        <source>The fingerprint compared ({compared}) is not this bundle&apos;s sender&apos;s ({sender}), or is shorter than 16 digits: nobody was enrolled.</source>
        <translation>ئەو پەنجەمۆرەی بەراورد کرا ({compared}) هی نێرەری ئەم بەستەیە ({sender}) نییە، یان لە ١٦ ژمارە کورتترە: کەس پەسەند نەکرا.</translation>
    </message>
    <message>
        <source>{target} is not enrolled: run {command} first, after comparing its fingerprint.</source>
        <translation>{target} پەسەند نەکراوە: سەرەتا پەنجەمۆرەکەی بەراورد بکە، پاشان {command} جێبەجێ بکە.</translation>
    </message>
    <message>
        <source>Attachment {attachment} is damaged in this vault: run {command}; no bundle was written.</source>
        <translation>هاوپێچی {attachment} لەم گەنجینەیەدا تێکچووە: {command} جێبەجێ بکە؛ هیچ بەستەیەک نەنووسرا.</translation>
    </message>
    <message>
        <source>Revision {revision} is signed by an author whose key this vault does not hold: run {command}; no bundle was written.</source>
        <translation>وەشانی {revision} لەلایەن نووسەرێکەوە واژوو کراوە کە ئەم گەنجینەیە کلیلەکەی نییە: {command} جێبەجێ بکە؛ هیچ بەستەیەک نەنووسرا.</translation>
    </message>
    <message>
        <source>Another bundle from this sender already had sequence number {sequence}.</source>
        <translation>پێشتر بەستەیەکی تری ئەم نێرەرە ژمارەی زنجیرەیی {sequence}ی هەبوو.</translation>
    </message>
    <message>
        <source>A bundle from this researcher is missing (sequence {sequences}).</source>
        <translation>بەستەیەکی ئەم توێژەرە کەمە (ژمارەی زنجیرەیی {sequences}).</translation>
    </message>
    <message>
        <source>The sender is not enrolled: compare the fingerprint {fingerprint} with the researcher before importing.</source>
        <translation>نێرەر پەسەند نەکراوە: پێش هاوردەکردن پەنجەمۆری {fingerprint} لەگەڵ توێژەرەکەدا بەراورد بکە.</translation>
    </message>
    <message>
        <source>The code {code} is already used by another record ({ids}): after the import give the id instead of the code, and give each researcher a prefix of their own.</source>
        <translation>کۆدی {code} پێشتر بۆ تۆمارێکی تر بەکارهاتووە ({ids}): دوای هاوردەکردن لە جیاتی کۆدەکە ناسێنەرەکە بنووسە، و پێشگرێکی تایبەت بە هەر توێژەرێک بدە.</translation>
    </message>
    <message>
        <source>Revision {revision} is missing from this vault: run {command}.</source>
        <translation>وەشانی {revision} لەم گەنجینەیەدا نییە: {command} جێبەجێ بکە.</translation>
    </message>
    <message>
        <source>{field} does not differ between the two versions: take only fields that do (see {command}).</source>
        <translation>{field} لە نێوان هەردوو وەشانەکەدا جیاواز نییە: تەنها ئەو خانانە هەڵبژێرە کە جیاوازن (سەیری {command} بکە).</translation>
    </message>
    <message>
        <source>A bundle is sealed to 1 to 16 recipients.</source>
        <translation>بەستە بۆ ١ تا ١٦ وەرگر مۆر دەکرێت.</translation>
    </message>
    <message>
        <source>The key {fingerprint} ({label}) is revoked: bundles are not sealed to it.</source>
        <translation>کلیلی {fingerprint} ({label}) هەڵوەشێنراوەتەوە: بەستە بۆی مۆر ناکرێت.</translation>
    </message>
    <message>
        <source>The key {fingerprint} cannot receive bundles.</source>
        <translation>کلیلی خاوەن پەنجەمۆری {fingerprint} ناتوانێت بەستە وەربگرێت.</translation>
    </message>
    <message>
        <source>{path} already exists: choose a new file name.</source>
        <translation>{path} پێشتر هەیە: ناوێکی نوێ بۆ فایلەکە هەڵبژێرە.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>بوخچەی {path} بوونی نییە.</translation>
    </message>
    <message>
        <source>Nothing to hand in: every record was already handed in to these recipients.</source>
        <translation>هیچ شتێک نییە بۆ ڕادەستکردن: هەموو تۆمارێک پێشتر ڕادەستی ئەم وەرگرانە کراوە.</translation>
    </message>
    <message>
        <source>Record {record} has two diverged histories; resolve the conflict before handing it in.</source>
        <translation>تۆماری {record} دوو مێژووی لێکجیابووەوەی هەیە؛ پێش ڕادەستکردنی ناکۆکییەکە چارەسەر بکە.</translation>
    </message>
    <message>
        <source>Padding {padding} is not understood: give none, pow2 or a bucket size such as 512K, 16M or 1G.</source>
        <translation>پڕکەرەوەی {padding} تێنەگەیشترا: ⁦none⁩ یان ⁦pow2⁩ یان قەبارەیەکی وەک ⁦512K⁩، ⁦16M⁩ یان ⁦1G⁩ بنووسە.</translation>
    </message>
    <message>
        <source>The padding asked for is too large.</source>
        <translation>ئەو پڕکەرەوەیەی داواکراوە زۆر گەورەیە.</translation>
    </message>
    <message>
        <source>No padding fits this bundle; choose another padding.</source>
        <translation>هیچ پڕکەرەوەیەک لەگەڵ ئەم بەستەیە ناگونجێت؛ پڕکەرەوەیەکی تر هەڵبژێرە.</translation>
    </message>
    <message>
        <source>Record {record} has no open conflict.</source>
        <translation>تۆماری {record} هیچ ناکۆکییەکی چارەسەرنەکراوی نییە.</translation>
    </message>
    <message>
        <source>Record {record} has no open conflict with that revision.</source>
        <translation>تۆماری {record} هیچ ناکۆکییەکی چارەسەرنەکراوی لەگەڵ ئەو وەشانەدا نییە.</translation>
    </message>
    <message>
        <source>Record {record} has {count} open conflicts: name the other revision ({revisions}).</source>
        <translation>تۆماری {record} {count} ناکۆکیی چارەسەرنەکراوی هەیە: وەشانەکەی تر دیاری بکە ({revisions}).</translation>
    </message>
    <message>
        <source>Say which content to keep: the local head, the imported head, or an edited document.</source>
        <translation>بڵێ کام ناوەڕۆک دەهێڵیتەوە: دوایین وەشانی ناوخۆ، دوایین وەشانی هاوردەکراو، یان بەڵگەنامەیەکی دەستکاریکراو.</translation>
    </message>
    <message>
        <source>Keep &apos;local&apos; or &apos;imported&apos;, not {keep}.</source>
        <translation>⁦&apos;local&apos;⁩ یان ⁦&apos;imported&apos;⁩ بهێڵەرەوە، نەک {keep}.</translation>
    </message>
    <message>
        <source>Resolving a conflict needs a reason.</source>
        <translation>چارەسەرکردنی ناکۆکی هۆکارێکی پێویستە.</translation>
    </message>
    <message>
        <source>The resolved record must be a JSON object.</source>
        <translation>تۆمارە چارەسەرکراوەکە دەبێت ئۆبجێکتێکی ⁦JSON⁩ بێت.</translation>
    </message>
    <message>
        <source>Take {field} from &apos;local&apos; or &apos;imported&apos;, not {side}.</source>
        <translation>{field} لە ⁦&apos;local&apos;⁩ یان ⁦&apos;imported&apos;⁩ وەربگرە، نەک لە {side}.</translation>
    </message>
    <message>
        <source>Both sides changed {fields} since their common revision: choose a side for each.</source>
        <translation>هەردوولا {fields}یان لە دوای وەشانە هاوبەشەکەیانەوە گۆڕیوە: بۆ هەر یەکەیان لایەک هەڵبژێرە.</translation>
    </message>
    <message>
        <source>Both sides changed {fields} since their common revision: choose each with --take FIELD=local or --take FIELD=imported.</source>
        <translation>هەردوولا {fields}یان لە دوای وەشانە هاوبەشەکەیانەوە گۆڕیوە: هەر یەکەیان بە ⁦--take FIELD=local⁩ یان ⁦--take FIELD=imported⁩ هەڵبژێرە.</translation>
    </message>
    <message>
        <source>--take {pair}: write FIELD=local or FIELD=imported.</source>
        <translation>⁦--take⁩ {pair}: ⁦FIELD=local⁩ یان ⁦FIELD=imported⁩ بنووسە.</translation>
    </message>
    <message>
        <source>--take chooses fields of a merge: use it with --merge.</source>
        <translation>⁦--take⁩ خانەکانی تێکەڵکردن هەڵدەبژێرێت: لەگەڵ ⁦--merge⁩ بەکاری بهێنە.</translation>
    </message>
    <message>
        <source>keys enrol needs a .tpub file and --role.</source>
        <translation>فەرمانی پەسەندکردنی کلیل ⁦keys enrol⁩ فایلێکی ⁦.tpub⁩ و ⁦--role⁩ی پێویستە.</translation>
    </message>
    <message>
        <source>keys revoke needs a fingerprint.</source>
        <translation>فەرمانی هەڵوەشاندنەوەی کلیل ⁦keys revoke⁩ پەنجەمۆری کلیلی پێویستە.</translation>
    </message>
    <message>
        <source>The two versions use different questionnaires: keep one of them whole.</source>
        <translation>هەردوو وەشانەکە پرسیارنامەی جیاواز بەکاردەهێنن: یەکێکیان بە تەواوی بهێڵەرەوە.</translation>
    </message>
    <message>
        <source>The record changed since the merge was shown: look at it again.</source>
        <translation>تۆمارەکە لە دوای پیشاندانی تێکەڵکردنەکەوە گۆڕاوە: دووبارە سەیری بکەرەوە.</translation>
    </message>
    <message>
        <source>A link is &apos;same&apos; or &apos;distinct&apos;.</source>
        <translation>بەستنەوە یان ⁦&apos;same&apos;⁩ە یان ⁦&apos;distinct&apos;⁩.</translation>
    </message>
    <message>
        <source>A record cannot be linked to itself.</source>
        <translation>تۆمارێک ناتوانرێت بە خۆیەوە ببەسترێتەوە.</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>ناوی یەکەم</translation>
    </message>
    <message>
        <source>father name</source>
        <translation>ناوی باوک</translation>
    </message>
    <message>
        <source>grandfather name</source>
        <translation>ناوی باپیر</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>ناوی بنەماڵە</translation>
    </message>
    <message>
        <source>kunya</source>
        <translation>کونیە</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>ژمارەی تەلەفۆن</translation>
    </message>
    <message>
        <source>incident date</source>
        <translation>بەرواری ڕووداو</translation>
    </message>
    <message>
        <source>incident date and place</source>
        <translation>بەروار و شوێنی ڕووداو</translation>
    </message>
    <message>
        <source>{count} household member(s)</source>
        <translation>ئەندامانی خێزانی هاوبەش: {count}</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>پێویستە</translation>
    </message>
    <message>
        <source>needs at least one row</source>
        <translation>لانیکەم یەک ڕیزی پێویستە</translation>
    </message>
    <message>
        <source>needs at least {count} rows</source>
        <translation>لانیکەم {count} ڕیزی پێویستە</translation>
    </message>
    <message>
        <source>has more than {count} rows</source>
        <translation>زیاتر لە {count} ڕیزی هەیە</translation>
    </message>
    <message>
        <source>expects a list of rows</source>
        <translation>دەبێت لیستێکی ڕیزەکان بێت</translation>
    </message>
    <message>
        <source>expects a whole number</source>
        <translation>دەبێت ژمارەیەکی تەواو بێت</translation>
    </message>
    <message>
        <source>expects a number</source>
        <translation>دەبێت ژمارە بێت</translation>
    </message>
    <message>
        <source>expects a finite number</source>
        <translation>دەبێت ژمارەیەکی سنووردار بێت</translation>
    </message>
    <message>
        <source>must be at least {minimum}</source>
        <translation>دەبێت لانیکەم {minimum} بێت</translation>
    </message>
    <message>
        <source>must be at most {maximum}</source>
        <translation>دەبێت لە {maximum} زیاتر نەبێت</translation>
    </message>
    <message>
        <source>expects a date as YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>دەبێت بەروارێک بێت بە شێوەی ⁦YYYY⁩ یان ⁦YYYY-MM⁩ یان ⁦YYYY-MM-DD⁩</translation>
    </message>
    <message>
        <source>is not a real calendar date</source>
        <translation>بەروارێکی ڕاستەقینە نییە لە ساڵنامەدا</translation>
    </message>
    <message>
        <source>expects a time as HH:MM</source>
        <translation>دەبێت کاتێک بێت بە شێوەی ⁦HH:MM⁩</translation>
    </message>
    <message>
        <source>expects a date and time such as 2017-03-20T10:30+03:00</source>
        <translation>دەبێت بەروار و کاتێک بێت وەک ⁦2017-03-20T10:30+03:00⁩</translation>
    </message>
    <message>
        <source>needs a time-zone offset, such as +03:00</source>
        <translation>جیاوازیی ناوچەی کاتی پێویستە، وەک ⁦+03:00⁩</translation>
    </message>
    <message>
        <source>expects text</source>
        <translation>دەبێت دەق بێت</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>نیشانەی ⁦NUL⁩ ی تێدایە</translation>
    </message>
    <message>
        <source>is longer than {length} characters</source>
        <translation>لە {length} پیت درێژترە</translation>
    </message>
    <message>
        <source>expects yes or no (true/false)</source>
        <translation>دەبێت بەڵێ یان نەخێر بێت (⁦true/false⁩)</translation>
    </message>
    <message>
        <source>is not one of the choices</source>
        <translation>یەکێک نییە لە هەڵبژاردنەکان</translation>
    </message>
    <message>
        <source>expects a list of choices</source>
        <translation>دەبێت لیستێکی هەڵبژاردنەکان بێت</translation>
    </message>
    <message>
        <source>lists a choice twice</source>
        <translation>هەڵبژاردنێک دوو جار تێیدا هاتووە</translation>
    </message>
    <message>
        <source>is answered, but applies only when {condition}: remove the answer, or change the answer it depends on</source>
        <translation>وەڵامی دراوەتەوە، بەڵام تەنها کاتێک دەگونجێت کە ⁦{condition}⁩: وەڵامەکە بسڕەوە، یان ئەو وەڵامە بگۆڕە کە پشتی پێ دەبەستێت</translation>
    </message>
    <message>
        <source>applies only when &apos;other&apos; is chosen</source>
        <translation>تەنها کاتێک دەگونجێت کە «هیتر» هەڵبژێردرابێت</translation>
    </message>
    <message>
        <source>expects name parts (given, father, grandfather, family, kunya)</source>
        <translation>دەبێت لە بەشەکانی ناو پێک بێت (ناوی یەکەم، باوک، باپیر، بنەماڵە، کونیە)</translation>
    </message>
    <message>
        <source>has unknown name part(s) {parts}</source>
        <translation>بەشی ناوی نەناسراوی تێدایە: {parts}</translation>
    </message>
    <message>
        <source>name part {part} must be short text</source>
        <translation>بەشی ناوی {part} دەبێت دەقێکی کورت بێت</translation>
    </message>
    <message>
        <source>expects lat, lon and precision</source>
        <translation>دەبێت لە هێڵی پانی و هێڵی درێژی و وردی پێک بێت</translation>
    </message>
    <message>
        <source>coordinates are out of range</source>
        <translation>کۆئۆردیناتەکان لە دەرەوەی سنوورن</translation>
    </message>
    <message>
        <source>precision is not one of the choices</source>
        <translation>وردییەکە یەکێک نییە لە هەڵبژاردنەکان</translation>
    </message>
    <message>
        <source>expects an attachment id</source>
        <translation>دەبێت ناسێنەری هاوپێچێک بێت</translation>
    </message>
    <message>
        <source>cannot hold a value of type {type}</source>
        <translation>ناتوانێت بەهایەکی جۆری {type} هەڵبگرێت</translation>
    </message>
    <message>
        <source>is not a field of this questionnaire</source>
        <translation>خانەیەکی ئەم پرسیارنامەیە نییە</translation>
    </message>
    <message>
        <source>must be an object with one entry per section</source>
        <translation>دەبێت ئۆبجێکتێک بێت کە بۆ هەر بەشێک یەک تۆماری تێدا بێت</translation>
    </message>
    <message>
        <source>is not a section of this questionnaire</source>
        <translation>بەشێکی ئەم پرسیارنامەیە نییە</translation>
    </message>
    <message>
        <source>must be an object of answers</source>
        <translation>دەبێت ئۆبجێکتێکی وەڵامەکان بێت</translation>
    </message>
    <message>
        <source>This record uses questionnaire {form} version {version}, which this installation does not have; update Testimony to open it.</source>
        <translation>ئەم تۆمارە پرسیارنامەی {form} وەشانی {version} بەکاردەهێنێت، کە لەم دامەزراندنەدا نییە؛ «شایەتی» نوێ بکەرەوە بۆ کردنەوەی.</translation>
    </message>
    <message>
        <source>Questionnaire {form} version {version} has no field with the role {role}.</source>
        <translation>پرسیارنامەی {form} وەشانی {version} هیچ خانەیەکی بە ڕۆڵی {role} تێدا نییە.</translation>
    </message>
    <message>
        <source>Questionnaire {form} version {version} has no field with the role {role}; a statement needs it.</source>
        <translation>پرسیارنامەی {form} وەشانی {version} هیچ خانەیەکی بە ڕۆڵی {role} تێدا نییە؛ لێدوان پێویستی پێیەتی.</translation>
    </message>
    <message>
        <source>Questionnaire {form} version {version} has no field with the role {role}; a statement&apos;s pseudonym needs it.</source>
        <translation>پرسیارنامەی {form} وەشانی {version} هیچ خانەیەکی بە ڕۆڵی {role} تێدا نییە؛ ناوی خوازراوی لێدوان پێویستی پێیەتی.</translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation>{path}: {problem}</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>دەبێت لیست بێت</translation>
    </message>
    <message>
        <source>must have section, field, row, start, end and kind</source>
        <translation>دەبێت بەش، خانە، ڕیز، سەرەتا، کۆتایی و جۆری تێدا بێت</translation>
    </message>
    <message>
        <source>does not point at a text answer</source>
        <translation>ئاماژە بە وەڵامێکی دەقی ناکات</translation>
    </message>
    <message>
        <source>the span is outside the text</source>
        <translation>بەشە دیاریکراوەکە لە دەرەوەی دەقەکەیە</translation>
    </message>
    <message>
        <source>kind must be one of {kinds}</source>
        <translation>جۆرەکە دەبێت یەکێک بێت لەمانە: {kinds}</translation>
    </message>
    <message>
        <source>must be &apos;draft&apos; or &apos;complete&apos;, not {status}</source>
        <translation>دەبێت ⁦&apos;draft&apos;⁩ یان ⁦&apos;complete&apos;⁩ بێت، نەک {status}</translation>
    </message>
    <message>
        <source>{id} is not a UUID</source>
        <translation>{id} ناسێنەرێکی ⁦UUID⁩ نییە</translation>
    </message>
    <message>
        <source>a complete record stays complete</source>
        <translation>تۆماری تەواو هەر تەواو دەمێنێتەوە</translation>
    </message>
    <message>
        <source>the record must be a JSON object</source>
        <translation>تۆمارەکە دەبێت ئۆبجێکتێکی ⁦JSON⁩ بێت</translation>
    </message>
    <message>
        <source>is not a record key</source>
        <translation>کلیلێکی تۆمار نییە</translation>
    </message>
    <message>
        <source>Unknown redaction level &apos;{level}&apos;: use one of {levels}.</source>
        <translation>ئاستی شاردنەوەی «{level}» نەناسراوە: یەکێک لەمانە بەکاربهێنە: {levels}.</translation>
    </message>
    <message>
        <source>Unknown statement language &apos;{lang}&apos;: use en, ar or ckb.</source>
        <translation>زمانی لێدوانی «{lang}» نەناسراوە: ⁦en⁩ یان ⁦ar⁩ یان ⁦ckb⁩ بەکاربهێنە.</translation>
    </message>
    <message>
        <source>{count} of {total} statements would show words that may name someone or give an address away; read them in the record, mark what must be withheld, then run again (with --checked once they are checked). Nothing was written.</source>
        <translation>{count} لە {total} لێدوان وشەگەلێک پیشان دەدەن کە لەوانەیە ناوی کەسێک بهێنن یان ناونیشانێک ئاشکرا بکەن؛ لە تۆمارەکەدا بیانخوێنەرەوە، ئەوەی دەبێت بشاردرێتەوە نیشانی بکە، پاشان دووبارە جێبەجێی بکەرەوە (لەگەڵ ⁦--checked⁩ کاتێک پشکنران). هیچ شتێک نەنووسرا.</translation>
    </message>
    <message>
        <source>{record}: {reason}</source>
        <translation>{record}: {reason}</translation>
    </message>
    <message>
        <source>the witness withdrew consent; only an internal statement can be made.</source>
        <translation>شایەت ڕەزامەندییەکەی کشاندەوە؛ تەنها لێدوانی ناوخۆیی دەکرێت دروست بکرێت.</translation>
    </message>
    <message>
        <source>the witness was under 18 and no guardian consent is recorded; only an internal statement can be made.</source>
        <translation>شایەت تەمەنی لە خوار ١٨ ساڵ بوو و ڕەزامەندیی سەرپەرشتیاری یاسایی تۆمار نەکراوە؛ تەنها لێدوانی ناوخۆیی دەکرێت دروست بکرێت.</translation>
    </message>
    <message>
        <source>no consent scope is recorded; only an internal statement can be made.</source>
        <translation>سنووری ڕەزامەندی تۆمار نەکراوە؛ تەنها لێدوانی ناوخۆیی دەکرێت دروست بکرێت.</translation>
    </message>
    <message>
        <source>the witness&apos;s consent ({scope}) does not allow a {level} statement; allowed: {allowed}.</source>
        <translation>سنووری ڕەزامەندیی شایەت ({scope}) ڕێگە بە لێدوانی ئاستی {level} نادات؛ ڕێگەپێدراو: {allowed}.</translation>
    </message>
    <message>
        <source>Wrong passphrase: the vault was not opened and nothing was changed.</source>
        <translation>دەستەواژەی نهێنی هەڵەیە: گەنجینەکە نەکرایەوە و هیچ شتێک نەگۆڕدرا.</translation>
    </message>
    <message>
        <source>No vault at {path}: check the path, or create one with {command}.</source>
        <translation>هیچ گەنجینەیەک لە {path} نییە: ڕێڕەوەکە بپشکنە، یان بە {command} گەنجینەیەک دروست بکە.</translation>
    </message>
    <message>
        <source>{path} already exists: a new vault is never written over a file.</source>
        <translation>{path} پێشتر هەیە: گەنجینەی نوێ هەرگیز بەسەر فایلێکدا نانووسرێت.</translation>
    </message>
    <message>
        <source>No record {record} in this vault.</source>
        <translation>تۆماری {record} لەم گەنجینەیەدا نییە.</translation>
    </message>
    <message>
        <source>{name} is ambiguous: it names {count} records (ids {ids}); give the id instead.</source>
        <translation>{name} ناڕوونە: ئاماژە بە {count} تۆمار دەکات (ناسێنەرەکان {ids})؛ لە جیاتی ئەوە ناسێنەرەکە بنووسە.</translation>
    </message>
    <message>
        <source>The record does not fit the questionnaire: {problem}.</source>
        <translation>تۆمارەکە لەگەڵ پرسیارنامەکە ناگونجێت: {problem}.</translation>
    </message>
    <message>
        <source>The record does not fit the questionnaire: {problem} (and {more} more).</source>
        <translation>تۆمارەکە لەگەڵ پرسیارنامەکە ناگونجێت: {problem} (و {more} کێشەی تر).</translation>
    </message>
    <message>
        <source>This record is complete: an amendment needs a reason.</source>
        <translation>ئەم تۆمارە تەواوە: هەموارکردن هۆکارێکی پێویستە.</translation>
    </message>
    <message>
        <source>No attachment {attachment} in this vault.</source>
        <translation>هاوپێچی {attachment} لەم گەنجینەیەدا نییە.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved; free some space and try again.</source>
        <translation>دیسکەکە پڕە: هیچ شتێک پاشەکەوت نەکرا؛ هەندێک شوێن بەتاڵ بکەرەوە و دووبارە هەوڵ بدەرەوە.</translation>
    </message>
    <message>
        <source>Record {record} already exists: use edit to change it.</source>
        <translation>تۆماری {record} پێشتر هەیە: بۆ گۆڕینی دەستکاریکردن بەکاربهێنە.</translation>
    </message>
    <message>
        <source>Revision {revision} is ambiguous: give more characters.</source>
        <translation>وەشانی {revision} ناڕوونە: پیتی زیاتر بنووسە.</translation>
    </message>
    <message>
        <source>Record {record} has no revision {revision}.</source>
        <translation>تۆماری {record} وەشانی {revision}ی نییە.</translation>
    </message>
    <message>
        <source>{what} must be a date like 2017, 2017-03 or 2017-03-17.</source>
        <translation>{what}: دەبێت بەروارێک بێت وەک ⁦2017⁩، ⁦2017-03⁩ یان ⁦2017-03-17⁩.</translation>
    </message>
    <message>
        <source>Status must be &apos;draft&apos; or &apos;complete&apos;.</source>
        <translation>دۆخەکە دەبێت ⁦&apos;draft&apos;⁩ یان ⁦&apos;complete&apos;⁩ بێت.</translation>
    </message>
    <message>
        <source>{what} range ends before it starts.</source>
        <translation>{what}: مەوداکە پێش دەستپێکردنی کۆتایی دێت.</translation>
    </message>
    <message>
        <source>Sort by one of: {sorts}.</source>
        <translation>بەپێی یەکێک لەمانە ڕیز بکە: {sorts}.</translation>
    </message>
    <message>
        <source>A passphrase cannot contain a NUL character.</source>
        <translation>دەستەواژەی نهێنی ناتوانێت نیشانەی ⁦NUL⁩ی تێدا بێت.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>دەستەواژەی نهێنی بەتاڵە.</translation>
    </message>
    <message>
        <source>Passphrase too weak: {problem}</source>
        <translation>دەستەواژەی نهێنی زۆر لاوازە: {problem}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a vault file.</source>
        <translation>{path} بوخچەیە، نەک فایلی گەنجینە.</translation>
    </message>
    <message>
        <source>{path} cannot be read (permission denied).</source>
        <translation>{path} ناخوێندرێتەوە (ڕێگەپێدان ڕەتکرایەوە).</translation>
    </message>
    <message>
        <source>{path} is empty: it is not a vault.</source>
        <translation>{path} بەتاڵە: گەنجینە نییە.</translation>
    </message>
    <message>
        <source>{path} is an unencrypted SQLite database, not a Testimony vault.</source>
        <translation>{path} بنکەدراوەیەکی ⁦SQLite⁩ی شفرەنەکراوە، نەک گەنجینەی «شایەتی».</translation>
    </message>
    <message>
        <source>{path} is not a Testimony vault.</source>
        <translation>{path} گەنجینەی «شایەتی» نییە.</translation>
    </message>
    <message>
        <source>{path} could not be read as a vault.</source>
        <translation>{path} وەک گەنجینە نەخوێندرایەوە.</translation>
    </message>
    <message>
        <source>SQLCipher is not available: refusing to open without encryption.</source>
        <translation>⁦SQLCipher⁩ بەردەست نییە: بێ شفرەکردن ناکرێتەوە.</translation>
    </message>
    <message>
        <source>This vault was made by a newer Testimony (schema {schema}); update to open it.</source>
        <translation>ئەم گەنجینەیە بە وەشانێکی نوێتری «شایەتی» دروست کراوە (نەخشەی {schema})؛ بۆ کردنەوەی بەرنامەکە نوێ بکەرەوە.</translation>
    </message>
    <message>
        <source>{path} is an encrypted database but not a Testimony vault.</source>
        <translation>{path} بنکەدراوەیەکی شفرەکراوە بەڵام گەنجینەی «شایەتی» نییە.</translation>
    </message>
    <message>
        <source>The unsaved copy of record {record} is damaged.</source>
        <translation>کۆپییە پاشەکەوتنەکراوەکەی تۆماری {record} تێکچووە.</translation>
    </message>
    <message>
        <source>The code prefix must be 2 to 8 Latin letters or digits (e.g. MOS7), one per researcher: nothing was created.</source>
        <translation>پێشگری کۆد دەبێت ٢ تا ٨ پیت یان ژمارەی لاتینی بێت (بۆ نموونە ⁦MOS7⁩)، یەکێک بۆ هەر توێژەرێک: هیچ شتێک دروست نەکرا.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>گەنجینەکە قوفڵ کراوە.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not a setting that can be changed.</source>
        <translation>«{key}» ڕێکخستنێک نییە کە بگۆڕدرێت.</translation>
    </message>
    <message>
        <source>The audit log was changed outside Testimony, so nothing was saved; run {command} and report it.</source>
        <translation>تۆماری وردبینی لە دەرەوەی «شایەتی» گۆڕدراوە، بۆیە هیچ شتێک پاشەکەوت نەکرا؛ {command} جێبەجێ بکە و ڕاپۆرتی بدە.</translation>
    </message>
    <message>
        <source>The vault is busy in another Testimony window or command: nothing was saved; close the other one and try again.</source>
        <translation>گەنجینەکە لە پەنجەرە یان فەرمانێکی تری «شایەتی»دا سەرقاڵە: هیچ شتێک پاشەکەوت نەکرا؛ ئەوی تر دابخە و دووبارە هەوڵ بدەرەوە.</translation>
    </message>
    <message>
        <source>The file holds another record (its id differs).</source>
        <translation>فایلەکە تۆمارێکی تری تێدایە (ناسێنەرەکەی جیاوازە).</translation>
    </message>
    <message>
        <source>Encryption check: {line}.</source>
        <translation>پشکنینی کۆدکردن: {line}.</translation>
    </message>
    <message>
        <source>Database check: {line}.</source>
        <translation>پشکنینی بنکەی زانیاری: {line}.</translation>
    </message>
    <message>
        <source>Audit entry {entry} is missing.</source>
        <translation>تۆماری وردبینیی {entry} ون بووە.</translation>
    </message>
    <message>
        <source>Audit entry {entry} does not follow the entry before it.</source>
        <translation>تۆماری وردبینیی {entry} بەدوای تۆمارەکەی پێش خۆیدا نایەت.</translation>
    </message>
    <message>
        <source>Audit entry {entry} was altered.</source>
        <translation>تۆماری وردبینیی {entry} گۆڕدراوە.</translation>
    </message>
    <message>
        <source>The audit log does not end where it last ended: entries were removed.</source>
        <translation>تۆماری وردبینی لەو شوێنەدا کۆتایی نایەت کە دواجار تێیدا کۆتایی هات: تۆمار لێی سڕاونەتەوە.</translation>
    </message>
    <message>
        <source>The audit log&apos;s signed head does not verify.</source>
        <translation>سەرەی واژووکراوی تۆماری وردبینی پشتڕاست ناکرێتەوە.</translation>
    </message>
    <message>
        <source>Revision {revision} does not match its hash.</source>
        <translation>وەشانی {revision} لەگەڵ پەنجەمۆرەکەیدا ناگونجێت.</translation>
    </message>
    <message>
        <source>Revision {revision} is signed by an author whose key this vault does not know ({author}).</source>
        <translation>وەشانی {revision} نووسەرێک واژووی کردووە کە ئەم گەنجینەیە کلیلەکەی ناناسێت ({author}).</translation>
    </message>
    <message>
        <source>The signature of revision {revision} does not verify against its author&apos;s key.</source>
        <translation>واژووی وەشانی {revision} بە کلیلی نووسەرەکەی پشتڕاست ناکرێتەوە.</translation>
    </message>
    <message>
        <source>Record {record} points at a missing revision.</source>
        <translation>تۆماری {record} ئاماژە بە وەشانێکی ون دەکات.</translation>
    </message>
    <message>
        <source>Attachment {attachment} does not match its SHA-256.</source>
        <translation>هاوپێچی {attachment} لەگەڵ پەنجەمۆری ⁦SHA-256⁩ی خۆیدا ناگونجێت.</translation>
    </message>
    <message>
        <source>The kept manifest of bundle {bundle} no longer parses.</source>
        <translation>لیستی ناوەڕۆکی هەڵگیراوی بەستەی {bundle} چیتر ناخوێندرێتەوە.</translation>
    </message>
    <message>
        <source>The sender&apos;s signature on the kept manifest of bundle {bundle} no longer verifies.</source>
        <translation>واژووی نێرەر لەسەر لیستی ناوەڕۆکی هەڵگیراوی بەستەی {bundle} چیتر پشتڕاست ناکرێتەوە.</translation>
    </message>
    <message>
        <source>What the vault kept of the import of bundle {bundle} differs from its manifest.</source>
        <translation>ئەوەی گەنجینەکە لە هاوردەکردنی بەستەی {bundle} هەڵیگرتووە لەگەڵ لیستی ناوەڕۆکەکەیدا جیاوازە.</translation>
    </message>
    <message>
        <source>Revision {revision} is not in the bundle it is said to come from.</source>
        <translation>وەشانی {revision} لەو بەستەیەدا نییە کە دەوترێت لێیەوە هاتووە.</translation>
    </message>
    <message>
        <source>Revision {revision} was altered after it was imported.</source>
        <translation>وەشانی {revision} دوای هاوردەکردنی گۆڕدراوە.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Something went wrong inside Testimony ({what}). Nothing more was saved; lock the vault and unlock it again.</source>
        <translation>هەڵەیەک لە ناو «شایەتی»دا ڕوویدا ({what}). هیچی تر پاشەکەوت نەکرا؛ گەنجینەکە قوفڵ بکە و دووبارە بیکەرەوە.</translation>
    </message>
</context>
<context>
    <name>CreateVaultScreen</name>
    <message>
        <source>A vault is one encrypted file. Without its passphrase nobody can read it, and nobody can recover a forgotten passphrase: write it down and keep it apart from this computer.</source>
        <translation>گەنجینە یەک فایلی شفرەکراوە. بەبێ دەستەواژە نهێنییەکەی کەس ناتوانێت بیخوێنێتەوە، و کەسیش ناتوانێت دەستەواژەیەکی نهێنیی لەبیرچوو بگەڕێنێتەوە: بینووسە و دوور لەم کۆمپیوتەرە هەڵیبگرە.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>هەڵبژاردن…</translation>
    </message>
    <message>
        <source>e.g. Researcher 7</source>
        <translation>بۆ نموونە: توێژەر ⁦7⁩</translation>
    </message>
    <message>
        <source>e.g. MOS7</source>
        <translation>بۆ نموونە ⁦MOS7⁩</translation>
    </message>
    <message>
        <source>Your own prefix for interview codes (MOS7-0001…), given by your supervisor: no other researcher may use it.</source>
        <translation>پێشگری تایبەتی خۆت بۆ کۆدی چاوپێکەوتنەکان (⁦MOS7-0001⁩…)، سەرپەرشتیارەکەت پێتی دەدات: هیچ توێژەرێکی تر نابێت بەکاری بهێنێت.</translation>
    </message>
    <message>
        <source>Vault file</source>
        <translation>فایلی گەنجینە</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>ناوی تۆ</translation>
    </message>
    <message>
        <source>Interview code prefix</source>
        <translation>پێشگری کۆدی چاوپێکەوتن</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>دەستەواژەی نهێنی</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>دەستەواژەی نهێنی دووبارە بنووسەوە</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>دروستکردنی گەنجینە</translation>
    </message>
    <message>
        <source>Back to unlock</source>
        <translation>گەڕانەوە بۆ کردنەوەی گەنجینە</translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation>دروستکردنی گەنجینەیەکی نوێ</translation>
    </message>
    <message>
        <source>Choose where to keep the vault file.</source>
        <translation>هەڵیبژێرە فایلی گەنجینەکە لە کوێ هەڵبگیرێت.</translation>
    </message>
    <message>
        <source>{path} already exists: choose a new file name; a vault is never written over a file.</source>
        <translation>{path} پێشتر هەیە: ناوێکی نوێ بۆ فایلەکە هەڵبژێرە؛ گەنجینە هەرگیز بەسەر فایلێکدا نانووسرێت.</translation>
    </message>
    <message>
        <source>Give your interview code prefix (2 to 8 letters or digits, from your supervisor): codes must differ between researchers.</source>
        <translation>پێشگری کۆدی چاوپێکەوتنەکانت بنووسە (٢ تا ٨ پیت یان ژمارەی لاتینی، لە سەرپەرشتیارەکەتەوە): کۆدەکان دەبێت لە نێوان توێژەراندا جیاواز بن.</translation>
    </message>
    <message>
        <source>The two passphrases differ: type it again in the second field.</source>
        <translation>دوو دەستەواژە نهێنییەکە جیاوازن: لە خانەی دووەمدا دووبارە بینووسەوە.</translation>
    </message>
    <message>
        <source>New vault file</source>
        <translation>فایلی گەنجینەی نوێ</translation>
    </message>
    <message>
        <source>Testimony vaults (*.vault);;All files (*)</source>
        <translation>گەنجینەکانی «شایەتی» (*.vault);;هەموو فایلەکان (*)</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>دروست دەکرێت…</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>ساڵ-مانگ-ڕۆژ، ساڵ-مانگ یان ساڵ</translation>
    </message>
    <message>
        <source>year only</source>
        <translation>تەنها ساڵ</translation>
    </message>
    <message>
        <source>year and month</source>
        <translation>ساڵ و مانگ</translation>
    </message>
    <message>
        <source>full date</source>
        <translation>بەرواری تەواو</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ساڵ-مانگ-ڕۆژ</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>کاتژمێر:خولەک</translation>
    </message>
    <message>
        <source>Offset from UTC (Iraq: +03:00)</source>
        <translation>جیاوازی لەگەڵ کاتی ⁦UTC⁩ (عێراق: ⁦+03:00⁩)</translation>
    </message>
</context>
<context>
    <name>DoubtfulList</name>
    <message>
        <source>Check these words before saving: they may name someone or give an address away, and nothing recorded matched them. Mark in the record any that must be withheld.</source>
        <translation>پێش پاشەکەوتکردن ئەم وشانە پشتڕاست بکەرەوە: لەوانەیە ناوی کەسێک یان ناونیشانێک ئاشکرا بکەن، و هیچ شتێکی تۆمارکراو لەگەڵیان یەک نەگرتەوە. ئەوانەی دەبێت شاردراوە بن لە تۆمارەکەدا نیشانیان بکە.</translation>
    </message>
    <message>
        <source>Doubtful words</source>
        <translation>وشە گوماناوییەکان</translation>
    </message>
    <message>
        <source>I have checked these words</source>
        <translation>ئەم وشانەم پشتڕاست کردەوە</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicate witnesses</source>
        <translation>ئەگەری دووبارەبوونی شایەت</translation>
    </message>
    <message>
        <source>Records that may be the same witness interviewed twice. Nothing is merged: compare them and record your decision.</source>
        <translation>ئەو تۆمارانەی لەوانەیە هەمان شایەت بن کە دوو جار چاوپێکەوتنی لەگەڵ کراوە. هیچ شتێک تێکەڵ ناکرێت: بەراوردیان بکە و بڕیارەکەت تۆمار بکە.</translation>
    </message>
    <message>
        <source>Looking for possible duplicates…</source>
        <translation>گەڕان بۆ ئەگەری دووبارەبوون…</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>لێکچوون</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>تۆمار</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>هۆکارەکان</translation>
    </message>
    <message>
        <source>Same witness</source>
        <translation>هەمان شایەت</translation>
    </message>
    <message>
        <source>Distinct people</source>
        <translation>دوو کەسی جیاواز</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>بڕیار</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>بڕیاردراو</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>بۆ پێداچوونەوە</translation>
    </message>
    <message>
        <source>Interview code</source>
        <translation>کۆدی چاوپێکەوتن</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>ناوی یەکەم</translation>
    </message>
    <message>
        <source>Father&apos;s name</source>
        <translation>ناوی باوک</translation>
    </message>
    <message>
        <source>Grandfather&apos;s name</source>
        <translation>ناوی باپیر</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>ناوی بنەماڵە</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>ناو بە پیتی لاتینی</translation>
    </message>
    <message>
        <source>Kunya</source>
        <translation>کونیە</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تەلەفۆن</translation>
    </message>
    <message>
        <source>Incident date</source>
        <translation>بەرواری ڕووداو</translation>
    </message>
    <message>
        <source>Incident place</source>
        <translation>شوێنی ڕووداو</translation>
    </message>
    <message>
        <source>Researcher</source>
        <translation>توێژەر</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation>ئەندامانی خێزان</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>ناوی یەکەم</translation>
    </message>
    <message>
        <source>father&apos;s name</source>
        <translation>ناوی باوک</translation>
    </message>
    <message>
        <source>grandfather&apos;s name</source>
        <translation>ناوی باپیر</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>ناوی بنەماڵە</translation>
    </message>
    <message>
        <source>kunya</source>
        <translation>کونیە</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>ژمارەی تەلەفۆن</translation>
    </message>
    <message>
        <source>incident date</source>
        <translation>بەرواری ڕووداو</translation>
    </message>
    <message>
        <source>incident date and place</source>
        <translation>بەروار و شوێنی ڕووداو</translation>
    </message>
    <message numerus="yes">
        <source>%n household member(s) in common</source>
        <translation>
            <numerusform>%n ئەندامی هاوبەشی خێزان</numerusform>
            <numerusform>%n ئەندامی هاوبەشی خێزان</numerusform>
        </translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>لەسەدا %p</translation>
    </message>
    <message>
        <source>No possible duplicates left to review.</source>
        <translation>هیچ ئەگەرێکی دووبارەبوون بۆ پێداچوونەوە نەماوە.</translation>
    </message>
    <message>
        <source>Score {score}%: {reasons}</source>
        <translation>لێکچوون {score}%: {reasons}</translation>
    </message>
    <message>
        <source>Recorded: {a} and {b} are the same witness.</source>
        <translation>تۆمار کرا: {a} و {b} هەمان شایەتن.</translation>
    </message>
    <message>
        <source>Recorded: {a} and {b} are distinct people.</source>
        <translation>تۆمار کرا: {a} و {b} دوو کەسی جیاوازن.</translation>
    </message>
</context>
<context>
    <name>EditorBar</name>
    <message>
        <source>Back to list</source>
        <translation>گەڕانەوە بۆ لیست</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>پاشەکەوتکردن</translation>
    </message>
    <message>
        <source>Save a revision (Ctrl+S)</source>
        <translation>پاشەکەوتکردنی وەشانێک (⁦Ctrl+S⁩)</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>تەواوکردن</translation>
    </message>
    <message>
        <source>Check that nothing is missing, then store the record as complete (Ctrl+Enter)</source>
        <translation>دڵنیا ببەوە کە هیچ شتێک کەم نییە، پاشان تۆمارەکە وەک تەواو پاشەکەوت بکە (⁦Ctrl+Enter⁩)</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <source>Check</source>
        <translation>پشکنین</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>هاوپێچەکان</translation>
    </message>
    <message>
        <source>History</source>
        <translation>مێژوو</translation>
    </message>
    <message>
        <source>New interview</source>
        <translation>چاوپێکەوتنی نوێ</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>تەواو</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>ڕەشنووس</translation>
    </message>
    <message>
        <source>Draft kept {time}</source>
        <translation>ڕەشنووس لە {time} هەڵگیرا</translation>
    </message>
    <message>
        <source>Edits discarded: the record is as in revision {n}.</source>
        <translation>دەستکارییەکان فڕێدران: تۆمارەکە وەک وەشانی {n}ـە.</translation>
    </message>
    <message>
        <source>Saved as revision {n}.</source>
        <translation>وەک وەشانی {n} پاشەکەوت کرا.</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>لە {time} پاشەکەوت کرا</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Hand in records</source>
        <translation>ڕادەستکردنی تۆمارەکان</translation>
    </message>
    <message>
        <source>Seal for</source>
        <translation>شفرەکردن بۆ</translation>
    </message>
    <message>
        <source>{label} ({role}) - {fingerprint}</source>
        <translation>{label} ({role}) - {fingerprint}</translation>
    </message>
    <message>
        <source>No key that can receive bundles is enrolled: enrol your supervisor&apos;s key first (Keys…).</source>
        <translation>هیچ کلیلێک کە بتوانێت بەستە وەربگرێت پەسەند نەکراوە: سەرەتا کلیلی سەرپەرشتیارەکەت پەسەند بکە (کلیلەکان…).</translation>
    </message>
    <message>
        <source>What goes in</source>
        <translation>چی تێدا دەبێت</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>فایلی بەستە</translation>
    </message>
    <message>
        <source>Choose where to save the bundle</source>
        <translation>هەڵیبژێرە بەستەکە لە کوێ پاشەکەوت بکرێت</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>هەڵبژاردن…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>هەناردەکردن</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>سەرپەرشتیار</translation>
    </message>
    <message>
        <source>researcher</source>
        <translation>توێژەر</translation>
    </message>
    <message>
        <source>headquarters</source>
        <translation>بارەگای سەرەکی</translation>
    </message>
    <message numerus="yes">
        <source>The %n chosen record(s).</source>
        <translation>
            <numerusform>%n تۆماری هەڵبژێردراو.</numerusform>
            <numerusform>%n تۆماری هەڵبژێردراو.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Everything not yet handed in to these recipients: %n record(s).</source>
        <translation>
            <numerusform>هەموو ئەوەی هێشتا ڕادەستی ئەم وەرگرانە نەکراوە: %n تۆمار.</numerusform>
            <numerusform>هەموو ئەوەی هێشتا ڕادەستی ئەم وەرگرانە نەکراوە: %n تۆمار.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one recipient.</source>
        <translation>لانیکەم یەک وەرگر هەڵبژێرە.</translation>
    </message>
    <message>
        <source>Save the bundle</source>
        <translation>پاشەکەوتکردنی بەستەکە</translation>
    </message>
    <message>
        <source>Hand-in bundles (*.tbundle)</source>
        <translation>بەستەکانی ڕادەستکردن (*.tbundle)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {path}: %n record(s), {size}. Hand this file to your supervisor.</source>
        <translation>
            <numerusform>{path} نووسرا: %n تۆمار، {size}. ئەم فایلە ڕادەستی سەرپەرشتیارەکەت بکە.</numerusform>
            <numerusform>{path} نووسرا: %n تۆمار، {size}. ئەم فایلە ڕادەستی سەرپەرشتیارەکەت بکە.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: no bundle was written.</source>
        <translation>وەستێنرا: هیچ بەستەیەک نەنووسرا.</translation>
    </message>
</context>
<context>
    <name>FieldMergeDialog</name>
    <message>
        <source>Merge field by field</source>
        <translation>تێکەڵکردنی خانە بە خانە</translation>
    </message>
    <message>
        <source>Choose, for each field that differs, which version to keep. A field changed on one side only since both had the same record is preset to that side; a field changed on both sides must be chosen.</source>
        <translation>بۆ هەر خانەیەکی جیاواز هەڵبژێرە کام وەشان بهێڵرێتەوە. خانەیەک کە لەو کاتەوەی هەردوولا هەمان تۆماریان هەبوو تەنها لە لایەکەوە گۆڕدراوە، پێشوەختە ئەو لایەی بۆ دیاری کراوە؛ خانەیەک کە لە هەردوولاوە گۆڕدراوە دەبێت تۆ هەڵیبژێریت.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>خانە</translation>
    </message>
    <message>
        <source>This vault&apos;s version</source>
        <translation>وەشانی ئەم گەنجینەیە</translation>
    </message>
    <message>
        <source>Imported version</source>
        <translation>وەشانی هاوردەکراو</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>گۆڕدرا</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>هێشتنەوە</translation>
    </message>
    <message>
        <source>The merged record (highlighted: taken from the imported version)</source>
        <translation>تۆمارە تێکەڵکراوەکە (نیشانکراوەکان لە وەشانە هاوردەکراوەکەوە وەرگیراون)</translation>
    </message>
    <message>
        <source>Write the merged revision</source>
        <translation>نووسینی وەشانە تێکەڵکراوەکە</translation>
    </message>
    <message>
        <source>here</source>
        <translation>لێرە</translation>
    </message>
    <message>
        <source>by the sender</source>
        <translation>لەلایەن نێرەرەوە</translation>
    </message>
    <message>
        <source>on both sides</source>
        <translation>لە هەردوولاوە</translation>
    </message>
    <message>
        <source>(sensitive marks differ)</source>
        <translation>(نیشانەی بەشە هەستیارەکان جیاوازن)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(بەتاڵ)</translation>
    </message>
    <message>
        <source>this vault&apos;s</source>
        <translation>ئەم گەنجینەیە</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>هاوردەکراو</translation>
    </message>
    <message numerus="yes">
        <source>Choose a side for every field changed on both sides (%n left) to see the merged record.</source>
        <translation>
            <numerusform>بۆ هەر خانەیەک کە لە هەردوولاوە گۆڕدراوە لایەک هەڵبژێرە (%n ماوە) بۆ ئەوەی تۆمارە تێکەڵکراوەکە ببینیت.</numerusform>
            <numerusform>بۆ هەر خانەیەک کە لە هەردوولاوە گۆڕدراوە لایەک هەڵبژێرە (%n ماوە) بۆ ئەوەی تۆمارە تێکەڵکراوەکە ببینیت.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Both sides changed %n field(s): choose a side for each first.</source>
        <translation>
            <numerusform>هەردوولا %n خانەیان گۆڕیوە: سەرەتا بۆ هەر یەکەیان لایەک هەڵبژێرە.</numerusform>
            <numerusform>هەردوولا %n خانەیان گۆڕیوە: سەرەتا بۆ هەر یەکەیان لایەک هەڵبژێرە.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the merged version of {code}?</source>
        <translation>وەشانە تێکەڵکراوەکەی {code} بنووسرێت؟</translation>
    </message>
    <message>
        <source>A new revision with the merged content is written on top of this vault&apos;s version. Neither version is deleted.</source>
        <translation>وەشانێکی نوێ بە ناوەڕۆکە تێکەڵکراوەکەوە لەسەر وەشانی ئەم گەنجینەیە دەنووسرێت. هیچ کام لە وەشانەکان ناسڕدرێتەوە.</translation>
    </message>
</context>
<context>
    <name>GeneratedField</name>
    <message>
        <source>Made when the record is saved</source>
        <translation>لە کاتی پاشەکەوتکردنی تۆمارەکەدا دروست دەکرێت</translation>
    </message>
</context>
<context>
    <name>GeopointField</name>
    <message>
        <source>Latitude, e.g. 36.3489</source>
        <translation>هێڵی پانی، بۆ نموونە ⁦36.3489⁩</translation>
    </message>
    <message>
        <source>Longitude, e.g. 43.1190</source>
        <translation>هێڵی درێژی، بۆ نموونە ⁦43.1190⁩</translation>
    </message>
    <message>
        <source>Precision…</source>
        <translation>وردی…</translation>
    </message>
    <message>
        <source>Lat</source>
        <translation>پانی</translation>
    </message>
    <message>
        <source>Lon</source>
        <translation>درێژی</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>No.</source>
        <translation>ژمارە</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>کاتی پاشەکەوت</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>دۆخ</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>نووسەر</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>هۆکار</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>واژوو</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>واژووکراو</translation>
    </message>
    <message>
        <source>signed by the bundle only</source>
        <translation>تەنها بە واژووی بەستەکە</translation>
    </message>
    <message>
        <source>unsigned, passed on by a relay</source>
        <translation>واژوونەکراو، سەرپەرشتیار یان بارەگایەکی پەسەندکراو ناردوویەتی</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>واژوونەکراو</translation>
    </message>
    <message>
        <source>signature does not verify</source>
        <translation>واژووەکە پشتڕاست ناکرێتەوە</translation>
    </message>
    <message>
        <source>Written in this vault</source>
        <translation>لەم گەنجینەیەدا نووسراوە</translation>
    </message>
    <message>
        <source>Arrived in bundle {bundle} from {sender}</source>
        <translation>لە بەستەی {bundle} لە {sender}ەوە گەیشت</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;لە</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;بۆ</translation>
    </message>
    <message>
        <source>Revision {number} — {when}</source>
        <translation>وەشانی {number} — {when}</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>ڕەشنووس</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>تەواو</translation>
    </message>
    <message>
        <source>Revision {number}: the first revision, as it was saved.</source>
        <translation>وەشانی {number}: یەکەم وەشان، وەک چۆن پاشەکەوت کرا.</translation>
    </message>
    <message>
        <source>Pick two different revisions to compare.</source>
        <translation>دوو وەشانی جیاواز هەڵبژێرە بۆ بەراوردکردن.</translation>
    </message>
    <message numerus="yes">
        <source>Changes: %n</source>
        <translation>
            <numerusform>گۆڕانکارییەکان: %n</numerusform>
            <numerusform>گۆڕانکارییەکان: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No answers changed.</source>
        <translation>هیچ وەڵامێک نەگۆڕاوە.</translation>
    </message>
    <message>
        <source>Reason for revision {number}: {reason}</source>
        <translation>هۆکاری وەشانی {number}: {reason}</translation>
    </message>
    <message>
        <source>Sensitive spans marked</source>
        <translation>بەشە هەستیارە نیشانکراوەکان</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import hand-in bundles</source>
        <translation>هاوردەکردنی بەستەکانی ڕادەستکردن</translation>
    </message>
    <message>
        <source>Choose bundles…</source>
        <translation>هەڵبژاردنی بەستەکان…</translation>
    </message>
    <message>
        <source>Choose the bundle files a researcher handed in. Each is checked and shown before anything is imported.</source>
        <translation>ئەو فایلە بەستانە هەڵبژێرە کە توێژەرێک ڕادەستی کردوون. هەر یەکەیان پێش هاوردەکردنی هەر شتێک دەپشکنرێت و پیشان دەدرێت.</translation>
    </message>
    <message>
        <source>Choose bundles</source>
        <translation>هەڵبژاردنی بەستەکان</translation>
    </message>
    <message>
        <source>Hand-in bundles (*.tbundle);;All files (*)</source>
        <translation>بەستەکانی ڕادەستکردن (*.tbundle);;هەموو فایلەکان (*)</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>{name} هاوردە دەکرێت…</translation>
    </message>
    <message>
        <source>Already imported on {date}: nothing changed.</source>
        <translation>لە {date} هاوردە کراوە: هیچ شتێک نەگۆڕا.</translation>
    </message>
    <message>
        <source>Imported: {new} new, {updated} with new revisions, {conflict} in conflict (both histories kept), {present} already present; {revisions} revisions, {attachments} attachments.</source>
        <translation>هاوردە کرا: {new} نوێ، {updated} بە وەشانی نوێوە، {conflict} لە ناکۆکیدا (مێژووی هەردوولا هەڵگیرا)، {present} پێشتر هەبوون؛ {revisions} وەشان، {attachments} هاوپێچ.</translation>
    </message>
    <message>
        <source>Conflicts arrived: review them in the Conflicts window (from the menu).</source>
        <translation>ناکۆکی گەیشت: لە پەنجەرەی «ناکۆکییەکان» (لە لیستی مێنیو) پێیاندا بچۆرەوە.</translation>
    </message>
    <message>
        <source>Possible duplicate witnesses arrived: review them in the Duplicates window (from the menu).</source>
        <translation>ئەگەری دووبارەبوونی شایەت گەیشت: لە پەنجەرەی «ئەگەری دووبارەبوون» (لە لیستی مێنیو) پێیاندا بچۆرەوە.</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>پشتڕاستکردنەوەی {name}…</translation>
    </message>
    <message>
        <source>Checking {name} ({n} of {count})…</source>
        <translation>پشتڕاستکردنەوەی {name} ({n} لە {count})…</translation>
    </message>
    <message>
        <source>Stopped: nothing was imported.</source>
        <translation>وەستێنرا: هیچ شتێک هاوردە نەکرا.</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Keys for hand-in bundles</source>
        <translation>کلیلەکانی بەستەی ڕادەستکردن</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>ئەم گەنجینەیە</translation>
    </message>
    <message>
        <source>Your fingerprint: read it aloud to whoever enrols your key. It is the one fingerprint you have: the same on your key file, on your bundles and beside everything you write.</source>
        <translation>پەنجەمۆری کلیلەکەت: بە دەنگی بەرز بۆ ئەو کەسەی بیخوێنەرەوە کە کلیلەکەت پەسەند دەکات. ئەمە تاکە پەنجەمۆرتە: هەمان شتە لە فایلی کلیلەکەت، لە بەستەکانت و لە تەنیشت هەموو ئەوەی دەینووسیت.</translation>
    </message>
    <message>
        <source>This vault receives bundles (a supervisor&apos;s or headquarters&apos; vault)</source>
        <translation>ئەم گەنجینەیە بەستە وەردەگرێت (گەنجینەی سەرپەرشتیار یان بارەگای سەرەکی)</translation>
    </message>
    <message>
        <source>Save my public key…</source>
        <translation>پاشەکەوتکردنی کلیلە گشتییەکەم…</translation>
    </message>
    <message>
        <source>Enrolled keys</source>
        <translation>کلیلە پەسەندکراوەکان</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ناونیشان</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ڕۆڵ</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>پەنجەمۆری کلیل</translation>
    </message>
    <message>
        <source>State</source>
        <translation>دۆخ</translation>
    </message>
    <message>
        <source>Enrol a key…</source>
        <translation>پەسەندکردنی کلیلێک…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>هەڵوەشاندنەوە…</translation>
    </message>
    <message>
        <source>Enrol this key</source>
        <translation>پەسەندکردنی ئەم کلیلە</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>پەنجەمۆری کلیل:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>ناونیشان:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>ڕۆڵ:</translation>
    </message>
    <message>
        <source>The owner read this fingerprint aloud to me and it matches</source>
        <translation>خاوەنەکەی ئەم پەنجەمۆرەی بە دەنگی بەرز بۆم خوێندەوە و وەک یەکن</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>پەسەندکردن</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>پاشگەزبوونەوە</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>سەرپەرشتیار</translation>
    </message>
    <message>
        <source>researcher</source>
        <translation>توێژەر</translation>
    </message>
    <message>
        <source>headquarters</source>
        <translation>بارەگای سەرەکی</translation>
    </message>
    <message>
        <source>revoked {date}</source>
        <translation>لە {date} هەڵوەشێنرایەوە</translation>
    </message>
    <message>
        <source>enrolled {date}</source>
        <translation>لە {date} پەسەند کرا</translation>
    </message>
    <message>
        <source>Save my public key</source>
        <translation>پاشەکەوتکردنی کلیلە گشتییەکەم</translation>
    </message>
    <message>
        <source>Testimony public keys (*.tpub)</source>
        <translation>کلیلە گشتییەکانی «شایەتی» (*.tpub)</translation>
    </message>
    <message>
        <source>Saved {path}. Its fingerprint: {fingerprint}</source>
        <translation>{path} پاشەکەوت کرا. پەنجەمۆرەکەی: {fingerprint}</translation>
    </message>
    <message>
        <source>Enrol a key</source>
        <translation>پەسەندکردنی کلیلێک</translation>
    </message>
    <message>
        <source>Ask the key&apos;s owner to read their fingerprint aloud and compare it with the one shown before enrolling.</source>
        <translation>پێش پەسەندکردن، داوا لە خاوەنی کلیلەکە بکە پەنجەمۆرەکەی بە دەنگی بەرز بخوێنێتەوە و لەگەڵ ئەوەی لێرە پیشان دراوە بەراوردی بکە.</translation>
    </message>
    <message>
        <source>Enrolled {label} as {role}.</source>
        <translation>{label} وەک {role} پەسەند کرا.</translation>
    </message>
    <message>
        <source>Revoke a key</source>
        <translation>هەڵوەشاندنەوەی کلیلێک</translation>
    </message>
    <message>
        <source>Revoke the key of {label} ({fingerprint})? Nothing will be sealed to it or imported from it again; this cannot be undone.</source>
        <translation>کلیلی {label} ({fingerprint}) هەڵدەوەشێنیتەوە؟ چیتر هیچ شتێک بۆی شفرە ناکرێت و لێیەوە هاوردە ناکرێت؛ ناتوانیت لەمە پاشگەز ببیتەوە.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>هەڵوەشاندنەوە</translation>
    </message>
    <message>
        <source>Revoked the key of {label}.</source>
        <translation>کلیلی {label} هەڵوەشێنرایەوە.</translation>
    </message>
</context>
<context>
    <name>LevelWords</name>
    <message>
        <source>Internal</source>
        <translation>ناوخۆیی</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>بۆ هاوبەشەکان</translation>
    </message>
    <message>
        <source>Public, named</source>
        <translation>گشتی، بە ناوەوە</translation>
    </message>
    <message>
        <source>Public, anonymous</source>
        <translation>گشتی، بێ ناو</translation>
    </message>
    <message>
        <source>Everything, names and contact details included. For your organisation only.</source>
        <translation>هەموو شتێک، بە ناو و زانیاریی پەیوەندیکردنیشەوە. تەنها بۆ ڕێکخراوەکەت.</translation>
    </message>
    <message>
        <source>Names kept; contact details, coordinates and interviewers withheld. Not for publication.</source>
        <translation>ناوەکان دەمێننەوە؛ زانیاریی پەیوەندیکردن، کۆئۆردیناتەکان و چاوپێکەوتنکاران دەشاردرێنەوە. بۆ بڵاوکردنەوە نییە.</translation>
    </message>
    <message>
        <source>For publication: the witness and the dead by name, living people as roles, marked details withheld.</source>
        <translation>بۆ بڵاوکردنەوە: شایەت و ئەوانەی گیانیان لەدەستداوە بە ناو، کەسە زیندووەکان بە ڕۆڵیان، وردەکارییە نیشانکراوەکان دەشاردرێنەوە.</translation>
    </message>
    <message>
        <source>For publication: the witness by pseudonym, every name and marked detail withheld.</source>
        <translation>بۆ بڵاوکردنەوە: شایەت بە ناوی خوازراو، هەموو ناو و وردەکارییە نیشانکراوەکان دەشاردرێنەوە.</translation>
    </message>
    <message>
        <source>{code}: the witness withdrew consent; only an internal statement can be made.</source>
        <translation>{code}: شایەت ڕەزامەندییەکەی کشاندەوە؛ تەنها لێدوانێکی ناوخۆیی دەکرێت.</translation>
    </message>
    <message>
        <source>{code}: the witness was under 18 and no guardian consent is recorded; only an internal statement can be made.</source>
        <translation>{code}: شایەت تەمەنی لە خوار ١٨ ساڵ بوو و ڕەزامەندیی دایک یان باوک یان سەرپەرشتیاری یاسایی تۆمار نەکراوە؛ تەنها لێدوانێکی ناوخۆیی دەکرێت.</translation>
    </message>
    <message>
        <source>{code}: no consent scope is recorded; only an internal statement can be made.</source>
        <translation>{code}: سنووری ڕەزامەندی تۆمار نەکراوە؛ تەنها لێدوانێکی ناوخۆیی دەکرێت.</translation>
    </message>
    <message>
        <source>{code}: the witness&apos;s consent ({scope}) does not allow a statement at the level {level}; allowed: {allowed}.</source>
        <translation>{code}: ڕەزامەندیی شایەت ({scope}) ڕێگە بە لێدوان لە ئاستی {level} نادات؛ ڕێگەپێدراو: {allowed}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Testimony</source>
        <translation>شایەتی</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;گەنجینە</translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation>گەنجینەی &amp;نوێ…</translation>
    </message>
    <message>
        <source>&amp;Open vault…</source>
        <translation>&amp;کردنەوەی گەنجینە…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;قوفڵکردن</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;دەرچوون</translation>
    </message>
    <message>
        <source>&amp;Interview</source>
        <translation>&amp;چاوپێکەوتن</translation>
    </message>
    <message>
        <source>&amp;New interview</source>
        <translation>چاوپێکەوتنی &amp;نوێ</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>چاوپێکەوتن</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;زمان</translation>
    </message>
    <message>
        <source>Testimony — {name}</source>
        <translation>شایەتی — {name}</translation>
    </message>
    <message>
        <source>Vault unlocked. Lock it with Ctrl+L.</source>
        <translation>گەنجینەکە کرایەوە. بە ⁦Ctrl+L⁩ قوفڵی بکە.</translation>
    </message>
    <message>
        <source>Wait until the current work is done, then choose the language again.</source>
        <translation>چاوەڕێ بکە تا کارە ئێستاییەکە تەواو دەبێت، پاشان دووبارە زمانەکە هەڵبژێرە.</translation>
    </message>
    <message>
        <source>A file is being stored in the vault: wait until it is done.</source>
        <translation>فایلێک لە گەنجینەدا پاشەکەوت دەکرێت: چاوەڕێ بکە تا تەواو دەبێت.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n min without use.</source>
        <translation>
            <numerusform>دوای %n خولەک بێ بەکارهێنان قوفڵ کرا.</numerusform>
            <numerusform>دوای %n خولەک بێ بەکارهێنان قوفڵ کرا.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarkedTextEdit</name>
    <message>
        <source>Name</source>
        <translation>ناو</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>شوێن</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>ژمارەی تەلەفۆن</translation>
    </message>
    <message>
        <source>Other identifying detail</source>
        <translation>وردەکارییەکی تری ناسێنەر</translation>
    </message>
    <message>
        <source>Marked: {kind}</source>
        <translation>نیشانکراو: {kind}</translation>
    </message>
    <message>
        <source>Suggested: {kind} recorded elsewhere in this interview</source>
        <translation>پێشنیار: {kind} لە شوێنێکی تری ئەم چاوپێکەوتنەدا تۆمار کراوە</translation>
    </message>
    <message>
        <source>Mark as name</source>
        <translation>وەک ناو نیشانی بکە</translation>
    </message>
    <message>
        <source>Mark as place</source>
        <translation>وەک شوێن نیشانی بکە</translation>
    </message>
    <message>
        <source>Mark as phone number</source>
        <translation>وەک ژمارەی تەلەفۆن نیشانی بکە</translation>
    </message>
    <message>
        <source>Mark as other identifying detail</source>
        <translation>وەک وردەکارییەکی تری ناسێنەر نیشانی بکە</translation>
    </message>
    <message>
        <source>Unmark</source>
        <translation>لابردنی نیشانە</translation>
    </message>
    <message>
        <source>Mark all suggestions</source>
        <translation>هەموو پێشنیارەکان نیشان بکە</translation>
    </message>
    <message>
        <source>Mark “{term}” as {kind}</source>
        <translation>«{term}» وەک {kind} نیشان بکە</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Wrong passphrase: the vault was not opened and nothing was changed.</source>
        <translation>دەستەواژەی نهێنی هەڵەیە: گەنجینەکە نەکرایەوە و هیچ شتێک نەگۆڕدرا.</translation>
    </message>
    <message>
        <source>There is no vault at {path}: choose another file or create a vault.</source>
        <translation>هیچ گەنجینەیەک لە {path} نییە: فایلێکی تر هەڵبژێرە یان گەنجینەیەک دروست بکە.</translation>
    </message>
    <message>
        <source>{path} already exists: choose a new file name; a vault is never written over a file.</source>
        <translation>{path} پێشتر هەیە: ناوێکی نوێ بۆ فایلەکە هەڵبژێرە؛ گەنجینە هەرگیز بەسەر فایلێکدا نانووسرێت.</translation>
    </message>
    <message>
        <source>{path} is not a Testimony vault: choose another file.</source>
        <translation>{path} گەنجینەی «شایەتی» نییە: فایلێکی تر هەڵبژێرە.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved; free some space and try again.</source>
        <translation>دیسکەکە پڕە: هیچ شتێک پاشەکەوت نەکرا؛ هەندێک شوێن بەتاڵ بکەرەوە و دووبارە هەوڵ بدەرەوە.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess: add more unrelated words.</source>
        <translation>ئەم دەستەواژە نهێنییە زۆر بە ئاسانی مەزەندە دەکرێت: وشەی بێپەیوەندیی زیاتر زیاد بکە.</translation>
    </message>
    <message>
        <source>ALARM: a different bundle with this bundle&apos;s id was imported before; this file may be forged or altered. Nothing was changed.</source>
        <translation>زەنگی مەترسی: پێشتر بەستەیەکی جیاواز بە هەمان ناسنامەی ئەم بەستەیە هاوردە کراوە؛ لەوانەیە ئەم فایلە ساختە بێت یان دەستکاری کرابێت. هیچ نەگۆڕا.</translation>
    </message>
    <message>
        <source>Bundle refused; nothing was changed. Detail: {why}</source>
        <translation>بەستەکە ڕەتکرایەوە و هیچ نەگۆڕا. وردەکاری: {why}</translation>
    </message>
    <message>
        <source>{path} could not be used: {reason}</source>
        <translation>نەتوانرا {path} بەکاربهێنرێت: {reason}</translation>
    </message>
    <message>
        <source>Something went wrong ({kind}); nothing was changed.</source>
        <translation>هەڵەیەک ڕوویدا ({kind})؛ هیچ شتێک نەگۆڕدرا.</translation>
    </message>
</context>
<context>
    <name>NewPassphrase</name>
    <message>
        <source>Generate</source>
        <translation>بەرهەمهێنان</translation>
    </message>
    <message>
        <source>Six random words: strong and easy to write down.</source>
        <translation>شەش وشەی هەڕەمەکی: بەهێز و ئاسان بۆ نووسینەوە.</translation>
    </message>
    <message>
        <source>Write this passphrase down now; it will not be shown again:</source>
        <translation>ئێستا ئەم دەستەواژە نهێنییە بنووسەوە؛ جارێکی تر پیشان نادرێتەوە:</translation>
    </message>
</context>
<context>
    <name>PagePreview</name>
    <message>
        <source>Making the statement</source>
        <translation>لێدوانەکە دروست دەکرێت</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>لاپەڕە {page}</translation>
    </message>
    <message>
        <source>Page {current} of {total}</source>
        <translation>لاپەڕە {current} لە {total}</translation>
    </message>
</context>
<context>
    <name>PersonNameField</name>
    <message>
        <source>Given name</source>
        <translation>ناوی یەکەم</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>باوک</translation>
    </message>
    <message>
        <source>Grandfather</source>
        <translation>باپیر</translation>
    </message>
    <message>
        <source>Family or tribe</source>
        <translation>بنەماڵە یان هۆز</translation>
    </message>
    <message>
        <source>Kunya (Abu…, Umm…)</source>
        <translation>کونیە (ئەبو…، ئوم…)</translation>
    </message>
    <message>
        <source>Latin transliteration</source>
        <translation>نووسین بە پیتی لاتینی</translation>
    </message>
    <message>
        <source>{part} (Latin)</source>
        <translation>{part} (بە پیتی لاتینی)</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message numerus="yes">
        <source>Missing or wrong before the record can be completed: %n</source>
        <translation>
            <numerusform>ئەوەی کەمە یان هەڵەیە پێش ئەوەی تۆمارەکە تەواو بکرێت: %n</numerusform>
            <numerusform>ئەوەی کەمە یان هەڵەیە پێش ئەوەی تۆمارەکە تەواو بکرێت: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is missing.</source>
        <translation>هیچ شتێک کەم نییە.</translation>
    </message>
    <message>
        <source>Press Complete to check what is still missing.</source>
        <translation>«تەواوکردن» دابگرە بۆ پشکنینی ئەوەی هێشتا کەمە.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>باشە</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>پاشگەزبوونەوە</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>داخستن</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;بەڵێ</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;نەخێر</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>پاشەکەوتکردن</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>کردنەوە</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>فڕێدانی گۆڕانکارییەکان</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>Select a record to read it here.</source>
        <translation>تۆمارێک هەڵبژێرە بۆ ئەوەی لێرە بیخوێنیتەوە.</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>تەواو</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>ڕەشنووس</translation>
    </message>
    <message>
        <source>{status} · revision {number} · saved {when}</source>
        <translation>{status} · وەشانی {number} · پاشەکەوتکراو لە {when}</translation>
    </message>
    <message>
        <source>by {name}</source>
        <translation>لەلایەن {name}</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>فایلە هاوپێچکراوەکان</translation>
    </message>
</context>
<context>
    <name>RecordsFilterBar</name>
    <message>
        <source>All records</source>
        <translation>هەموو تۆمارەکان</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>ڕەشنووسەکان</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>تەواوەکان</translation>
    </message>
    <message>
        <source>With a conflict</source>
        <translation>ئەوانەی ناکۆکییان هەیە</translation>
    </message>
    <message>
        <source>Show drafts, complete records, both, or records with an open conflict</source>
        <translation>ڕەشنووسەکان، تۆمارە تەواوەکان، هەردووکیان، یان ئەو تۆمارانەی ناکۆکیی چارەسەرنەکراویان هەیە پیشان بدە</translation>
    </message>
    <message>
        <source>Show one researcher&apos;s interviews</source>
        <translation>چاوپێکەوتنەکانی یەک توێژەر پیشان بدە</translation>
    </message>
    <message>
        <source>Incident from</source>
        <translation>ڕووداو لە</translation>
    </message>
    <message>
        <source>Incident to</source>
        <translation>ڕووداو تا</translation>
    </message>
    <message>
        <source>A year, month or day of the incident: 2017, 2017-03 or 2017-03-17</source>
        <translation>ساڵ، مانگ یان ڕۆژی ڕووداوەکە: ⁦2017⁩، ⁦2017-03⁩ یان ⁦2017-03-17⁩</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>هەمووی پیشان بدە</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>سڕینەوەی هەموو پاڵاوتنەکان</translation>
    </message>
    <message>
        <source>All researchers</source>
        <translation>هەموو توێژەران</translation>
    </message>
</context>
<context>
    <name>RecordsModel</name>
    <message>
        <source>Code</source>
        <translation>کۆد</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>شایەت</translation>
    </message>
    <message>
        <source>Researcher</source>
        <translation>توێژەر</translation>
    </message>
    <message>
        <source>Incident date</source>
        <translation>بەرواری ڕووداو</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>دۆخ</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>دوایین نوێکردنەوە</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>ناکۆکی</translation>
    </message>
    <message>
        <source>Changed both here and by the sender after it was handed in: open it to compare and settle the conflict.</source>
        <translation>دوای ڕادەستکردنی هەم لێرە و هەم لەلایەن نێرەرەوە گۆڕدراوە: بیکەرەوە بۆ بەراوردکردن و چارەسەرکردنی ناکۆکییەکە.</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>ناکۆکی</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>تەواو</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>ڕەشنووس</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>Search names, accounts and instructions…</source>
        <translation>گەڕان لە ناو، گێڕانەوە و ڕێنماییەکان…</translation>
    </message>
    <message numerus="yes">
        <source>Found: %n or more</source>
        <translation>
            <numerusform>ئەنجامەکان: %n یان زیاتر</numerusform>
            <numerusform>ئەنجامەکان: %n یان زیاتر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found: %n</source>
        <translation>
            <numerusform>ئەنجامەکان: %n</numerusform>
            <numerusform>ئەنجامەکان: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Records: %n</source>
        <translation>
            <numerusform>تۆمارەکان: %n</numerusform>
            <numerusform>تۆمارەکان: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepeatEditor</name>
    <message>
        <source>Add row</source>
        <translation>زیادکردنی ڕیز</translation>
    </message>
    <message>
        <source>Add a row ({keys})</source>
        <translation>ڕیزێک زیاد بکە ({keys})</translation>
    </message>
    <message>
        <source>Undo remove</source>
        <translation>پاشگەزبوونەوە لە لابردن</translation>
    </message>
</context>
<context>
    <name>Resolution</name>
    <message>
        <source>Why is it resolved this way? (required)</source>
        <translation>بۆچی بەم شێوەیە چارەسەر دەکرێت؟ (پێویستە)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;هۆکار:</translation>
    </message>
    <message>
        <source>Write the reason for this choice first: it is kept in the record&apos;s history.</source>
        <translation>سەرەتا هۆکاری ئەم هەڵبژاردنە بنووسە: لە مێژووی تۆمارەکەدا هەڵدەگیرێت.</translation>
    </message>
    <message>
        <source>Resolve the conflict</source>
        <translation>چارەسەرکردنی ناکۆکییەکە</translation>
    </message>
</context>
<context>
    <name>ResumeOffer</name>
    <message>
        <source>Unsaved interview</source>
        <translation>چاوپێکەوتنی پاشەکەوتنەکراو</translation>
    </message>
    <message>
        <source>Resume the unsaved interview {code}? Its answers were kept at {time} but not saved as a revision.</source>
        <translation>چاوپێکەوتنی پاشەکەوتنەکراوی {code} بەردەوام دەکەیتەوە؟ وەڵامەکانی لە {time} هەڵگیران بەڵام وەک وەشانێک پاشەکەوت نەکران.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>بەردەوامبوون</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>سڕینەوەی وەڵامە پاشەکەوتنەکراوەکان</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>دواتر</translation>
    </message>
</context>
<context>
    <name>RowCard</name>
    <message>
        <source>Show or hide this row&apos;s fields</source>
        <translation>خانەکانی ئەم ڕیزە پیشان بدە یان بیانشارەوە</translation>
    </message>
    <message>
        <source>Move this row up</source>
        <translation>ئەم ڕیزە بەرەو سەرەوە ببە</translation>
    </message>
    <message>
        <source>Move this row down</source>
        <translation>ئەم ڕیزە بەرەو خوارەوە ببە</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>دووبارەکردنەوە</translation>
    </message>
    <message>
        <source>Add a copy of this row below it</source>
        <translation>کۆپییەکی ئەم ڕیزە لە خوارییەوە زیاد بکە</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>لابردن</translation>
    </message>
    <message>
        <source>Remove this row (it can be undone)</source>
        <translation>ئەم ڕیزە لاببە (دەتوانیت پاشگەز ببیتەوە)</translation>
    </message>
</context>
<context>
    <name>SectionNavigator</name>
    <message>
        <source>empty</source>
        <translation>بەتاڵ</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>ناتەواو</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>تەواو</translation>
    </message>
    <message>
        <source>has errors</source>
        <translation>هەڵەی تێدایە</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <source>Statement {code}</source>
        <translation>لێدوانی {code}</translation>
    </message>
    <message>
        <source>Redaction level</source>
        <translation>ئاستی شاردنەوە</translation>
    </message>
    <message>
        <source>Greyed-out levels are not allowed by the witness&apos;s consent:</source>
        <translation>ئەو ئاستانەی خۆڵەمێشی کراون ڕەزامەندیی شایەت ڕێگەیان پێ نادات:</translation>
    </message>
    <message>
        <source>Language of the statement</source>
        <translation>زمانی لێدوانەکە</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>ڕێکخراو</translation>
    </message>
    <message>
        <source>Named in the header of every page</source>
        <translation>لە سەرەوەی هەموو لاپەڕەیەکدا ناوی دەهێنرێت</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>پاشەکەوتکردن وەک ⁦PDF⁩…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>چاپکردن…</translation>
    </message>
    <message>
        <source>The system&apos;s print service keeps a copy of the pages until they are printed, outside the vault: print only where you trust the computer and the printer.</source>
        <translation>خزمەتگوزاریی چاپی سیستەم کۆپییەکی لاپەڕەکان هەڵدەگرێت تا چاپ دەکرێن، لە دەرەوەی گەنجینە: تەنها لەو شوێنە چاپ بکە کە متمانەت بە کۆمپیوتەر و چاپکەرەکە هەیە.</translation>
    </message>
    <message>
        <source>Save the statement as PDF</source>
        <translation>پاشەکەوتکردنی لێدوانەکە وەک ⁦PDF⁩</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>بەڵگەنامەکانی ⁦PDF⁩ (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>وەک {path} پاشەکەوت کرا</translation>
    </message>
    <message>
        <source>The printer did not accept the statement; try again or save it as PDF.</source>
        <translation>چاپکەرەکە لێدوانەکەی وەرنەگرت؛ دووبارە هەوڵ بدەرەوە یان وەک ⁦PDF⁩ پاشەکەوتی بکە.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>%n لاپەڕە نێردرا بۆ چاپکەر.</numerusform>
            <numerusform>%n لاپەڕە نێردرا بۆ چاپکەر.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Type a passphrase, or generate one.</source>
        <translation>دەستەواژەیەکی نهێنی بنووسە، یان یەکێک بەرهەم بهێنە.</translation>
    </message>
    <message>
        <source>Strong enough. Time to guess it: {time}.</source>
        <translation>بەهێزە بە ئەندازەی پێویست. ماوەی مەزەندەکردنی: {time}.</translation>
    </message>
    <message>
        <source>Too short: use at least {n} characters; several unrelated words are easiest.</source>
        <translation>زۆر کورتە: لانیکەم {n} پیت بەکاربهێنە؛ چەند وشەیەکی بێپەیوەندی ئاسانترین ڕێگەیە.</translation>
    </message>
    <message>
        <source>Too easy to guess: a rack of graphics cards could find it in {time}. Add more unrelated words.</source>
        <translation>زۆر ئاسانە بۆ مەزەندەکردن: کۆمەڵێک کارتی گرافیک دەتوانن لە ماوەی {time} بیدۆزنەوە. وشەی بێپەیوەندیی زیاتر زیاد بکە.</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>کەمتر لە خولەکێک</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>چەند خولەکێک</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>چەند کاتژمێرێک</translation>
    </message>
    <message>
        <source>days</source>
        <translation>چەند ڕۆژێک</translation>
    </message>
    <message>
        <source>months</source>
        <translation>چەند مانگێک</translation>
    </message>
    <message>
        <source>years</source>
        <translation>چەند ساڵێک</translation>
    </message>
    <message>
        <source>centuries</source>
        <translation>چەند سەدەیەک</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation>پاشگەزبوونەوە</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>HH:MM</source>
        <translation>کاتژمێر:خولەک</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Open another vault…</source>
        <translation>کردنەوەی گەنجینەیەکی تر…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>دەستەواژەی نهێنی</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>کردنەوە</translation>
    </message>
    <message>
        <source>Remember this vault&apos;s location on this computer</source>
        <translation>شوێنی ئەم گەنجینەیە لەسەر ئەم کۆمپیوتەرە پاشەکەوت بکە</translation>
    </message>
    <message>
        <source>Unticked, nothing on this computer says where the vault is. Ticked, its location is saved in this computer&apos;s settings, where anyone who holds the laptop can read it (the vault itself stays locked).</source>
        <translation>ئەگەر دیاری نەکرێت، هیچ شتێک لەسەر ئەم کۆمپیوتەرە نیشان نادات گەنجینەکە لە کوێیە. ئەگەر دیاری بکرێت، شوێنەکەی لە ڕێکخستنەکانی ئەم کۆمپیوتەرەدا پاشەکەوت دەکرێت، کە هەر کەسێک لاپتۆپەکەی بەدەستەوە بێت دەتوانێت بیخوێنێتەوە (گەنجینەکە خۆی هەر قوفڵ دەمێنێتەوە).</translation>
    </message>
    <message>
        <source>Create a new vault…</source>
        <translation>دروستکردنی گەنجینەیەکی نوێ…</translation>
    </message>
    <message>
        <source>Unlock your vault</source>
        <translation>گەنجینەکەت بکەرەوە</translation>
    </message>
    <message>
        <source>Vault: {path}</source>
        <translation>گەنجینە: {path}</translation>
    </message>
    <message>
        <source>Open a vault</source>
        <translation>کردنەوەی گەنجینەیەک</translation>
    </message>
    <message>
        <source>Testimony vaults (*.vault);;All files (*)</source>
        <translation>گەنجینەکانی «شایەتی» (*.vault);;هەموو فایلەکان (*)</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>دەکرێتەوە…</translation>
    </message>
</context>
<context>
    <name>VaultWindows</name>
    <message>
        <source>&amp;Statement…</source>
        <translation>&amp;لێدوان…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>گۆڕینی &amp;دەستەواژەی نهێنی…</translation>
    </message>
    <message>
        <source>&amp;Hand-in</source>
        <translation>&amp;ڕادەستکردن</translation>
    </message>
    <message>
        <source>&amp;Hand in interviews…</source>
        <translation>ڕادەستکردنی &amp;چاوپێکەوتنەکان…</translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation>&amp;هاوردەکردنی بەستەکان…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;ناکۆکییەکان…</translation>
    </message>
    <message>
        <source>Possible &amp;duplicates…</source>
        <translation>ئەگەری &amp;دووبارەبوون…</translation>
    </message>
    <message>
        <source>&amp;Keys…</source>
        <translation>&amp;کلیلەکان…</translation>
    </message>
    <message>
        <source>Choose a saved interview first: a statement is made from a saved record.</source>
        <translation>سەرەتا چاوپێکەوتنێکی پاشەکەوتکراو هەڵبژێرە: لێدوان لە تۆمارێکی پاشەکەوتکراو دروست دەکرێت.</translation>
    </message>
    <message>
        <source>Passphrase changed: from now on only the new passphrase opens this vault.</source>
        <translation>دەستەواژەی نهێنی گۆڕدرا: لە ئێستاوە تەنها دەستەواژە نهێنییە نوێیەکە ئەم گەنجینەیە دەکاتەوە.</translation>
    </message>
</context>
<context>
    <name>_OtherMixin</name>
    <message>
        <source>Other: please specify</source>
        <translation>هیتر: تکایە دیاری بکە</translation>
    </message>
</context>
<context>
    <name>_Unavailable</name>
    <message>
        <source>Not available in this version.</source>
        <translation>لەم وەشانەی بەرنامەکەدا بەردەست نییە.</translation>
    </message>
</context>
</TS>
