<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ku" sourcelanguage="en">
<context>
    <name>Crash</name>
    <message>
        <source>Something went wrong inside Testimony ({what}). Nothing more was saved; lock the vault and unlock it again.</source>
        <translation>هەڵەیەک لە ناو شایەتی ڕوویدا ({what}). هیچی تر پاشەکەوت نەکرا؛ گەنجینەکە دابخە و دووبارە بیکەرەوە.</translation>
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
        <translation>بۆ نموونە: توێژەر 7</translation>
    </message>
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
        <translation>دووبارە بینووسەوە</translation>
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
        <source>&amp;Language</source>
        <translation>&amp;زمان</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>The new language takes effect when Testimony next starts.</source>
        <translation>زمانە نوێیەکە جاری داهاتوو کە «شایەتی» دەکرێتەوە کار دەکات.</translation>
    </message>
    <message>
        <source>Testimony — {name}</source>
        <translation>شایەتی — {name}</translation>
    </message>
    <message>
        <source>Vault unlocked. Lock it with Ctrl+L.</source>
        <translation>گەنجینەکە کرایەوە. بە Ctrl+L قوفڵی بکە.</translation>
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
        <source>{path} could not be used: {reason}</source>
        <translation>نەتوانرا {path} بەکاربهێنرێت: {reason}</translation>
    </message>
    <message>
        <source>Something went wrong ({kind}); nothing was changed.</source>
        <translation>هەڵەیەک ڕوویدا ({kind})؛ هیچ شتێک نەگۆڕدرا.</translation>
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
        <source>Too easy to guess: add more unrelated words.</source>
        <translation>زۆر بە ئاسانی مەزەندە دەکرێت: وشەی بێپەیوەندیی زیاتر زیاد بکە.</translation>
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
</TS>
