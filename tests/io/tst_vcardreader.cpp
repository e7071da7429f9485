// The vCard reader on fixtures written here, one per quirk of the programs our users
// export from: Outlook's 2.1 (quoted-printable, soft breaks, Windows-1251), Gmail's 3.0
// (item1. groups, TYPE=INTERNET,pref), the iPhone's 3.0 (a photo folded over many lines),
// 4.0 (VALUE=uri, PREF=1, quoted parameters), escapes, and broken files.
#include "io/charsetdecoder.h"
#include "io/vcardreader.h"

#include <QBuffer>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace hubdesk;

namespace {

struct Result
{
    QList<VCardContact> contacts;
    QList<VCardProblem> problems;
    Error error;
};

Result readAll(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    VCardReader reader(&buffer);
    Result r;
    VCardContact c;
    while (reader.next(&c))
        r.contacts.append(c);
    r.problems = reader.problems();
    r.error = reader.error();
    return r;
}

// Lines joined with CRLF, as the standard wants them.
QByteArray crlf(const QList<QByteArray> &lines)
{
    QByteArray out;
    for (const QByteArray &l : lines)
        out += l + "\r\n";
    return out;
}

QByteArray outlook21()
{
    return crlf({
        "BEGIN:VCARD",
        "VERSION:2.1",
        "N;CHARSET=Windows-1251;ENCODING=QUOTED-PRINTABLE:=CF=E5=F2=F0=EE=E2;=C8=E2=E0=ED;;=E4-=F0;",
        "FN;CHARSET=Windows-1251;ENCODING=QUOTED-PRINTABLE:=C8=E2=E0=ED =CF=E5=F2=F0=EE=E2",
        "ORG;CHARSET=Windows-1251;ENCODING=QUOTED-PRINTABLE:=C4=E8=F1=E8=E1 "
        "=CE=CE=C4;=D2=FA=F0=E3=EE=E2=E8=FF",
        // 8-bit Windows-1251, no transfer encoding
        "TITLE;CHARSET=Windows-1251:\xD3\xEF\xF0\xE0\xE2\xE8\xF2\xE5\xEB",
        "TEL;WORK;VOICE:+359 2 123 4567",
        "TEL;CELL;VOICE:+359 88 123 4567",
        "TEL;WORK;FAX:+359 2 765 4321",
        // soft line breaks: inside a word and between two encoded bytes
        "ADR;WORK;PREF;CHARSET=Windows-1251;ENCODING=QUOTED-PRINTABLE:;;=F3=EB. =D6=E0=F0 =C1=EE=F0=E8=F1 "
        "III 1=",
        "23;=D1=EE=F4=E8=FF;;1000;=C1=FA=EB=E3=E0=F0=",
        "=E8=FF",
        "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=windows-1251:=CF=FA=F0=E2=E8 =F0=E5=E4=0D=0A=C2=F2=EE=F0=E8 "
        "=F0=E5=E4,=",
        " =F1 1251: =84=EA=E0=E2=E8=F7=EA=E8=93 =E8 =B9 5",
        "EMAIL;INTERNET:ivan@example.com",
        "EMAIL;PREF;INTERNET:ivan.petrov@disib.bg",
        "URL;WORK:http://www.disib.bg",
        "BDAY:19800322",
        "PHOTO;TYPE=JPEG;ENCODING=BASE64:",
        // Outlook 2003 writes base64 without indentation, ending with a blank line
        "/9j/4AAQSkZJRgABAQEAYABgAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRof",
        "Hh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgyIRwh",
        "",
        "REV:20240101T120000Z",
        "END:VCARD",
    });
}

QByteArray gmail30()
{
    return crlf({
        "BEGIN:VCARD",
        "VERSION:3.0",
        "FN:Мария Иванова",
        "N:Иванова;Мария;;;",
        "EMAIL;TYPE=INTERNET;TYPE=HOME:maria@gmail.com",
        "EMAIL;TYPE=INTERNET,pref:maria.ivanova@disib.bg",
        "TEL;TYPE=CELL:+359 88 765 4321",
        "item1.EMAIL;TYPE=INTERNET:m.ivanova@cluster.bg",
        "item1.X-ABLabel:Клъстер",
        "item2.URL:https\\://www.disib.bg",
        "item2.X-ABLabel:_$!<HomePage>!$_",
        "ORG:Дисиб ООД;Продажби",
        "TITLE:Мениджър",
        "CATEGORIES:myContacts,Партньори",
        "NOTE:Ред 1\\nРед 2\\, със запетая\\; и точка и запетая",
        "END:VCARD",
    });
}

QByteArray iphone30(int photoLines)
{
    QList<QByteArray> lines = {
        "BEGIN:VCARD",
        "VERSION:3.0",
        "PRODID:-//Apple Inc.//iPhone OS 17.0//EN",
        "N:Doe;John;;;",
        "FN:John Doe",
        "ORG:Example Inc.;",
        "item1.TEL;type=pref:+1 555 0100",
        "item1.X-ABLabel:_$!<Mobile>!$_",
        "TEL;type=CELL;type=VOICE:+1 555 0101",
        "item2.ADR;type=HOME;type=pref:;;1 Infinite Loop;Cupertino;CA;95014;United States",
        "item2.X-ABADR:us",
        "BDAY;X-APPLE-OMIT-YEAR=1604:1604-03-12",
        "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/4gHYSUNDX1BST0ZJTEUAAQEAAAHIAAAAAAQwAABtbnRy",
    };
    for (int i = 0; i < photoLines; ++i)
        lines.append(" R0JHWFlaIAfgAAEAAQAAAAAAAGFjc3AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD21gABAAAAANMtAAAAAA"
                     "AAAAAAAAAAAAAAAAAAA");
    lines.append(" AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKA==");
    lines.append("X-ABUID:5B6F7E4B-1234-4F6A-9D7E-000000000001:ABPerson");
    lines.append("END:VCARD");
    return crlf(lines);
}

QByteArray vcard40()
{
    return crlf({
        "BEGIN:VCARD",
        "VERSION:4.0",
        "UID:urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1",
        "FN:Dr. Γιώργος Παπαδόπουλος",
        "N:Παπαδόπουλος;Γιώργος;;Dr.;",
        "EMAIL;TYPE=work;PREF=2:g.papadopoulos@example.gr",
        "EMAIL;PREF=1:giorgos@example.gr",
        "TEL;VALUE=uri;TYPE=cell:tel:+30-69-555-0101",
        "TEL;VALUE=uri;TYPE=\"work,voice\";PREF=1:tel:+30-210-555-0100;ext=12",
        // a quoted parameter value holding a colon and a semicolon
        "ADR;TYPE=work;LABEL=\"Λεωφ. Κηφισίας 1; 2ος όροφος\\nΑθήνα: 115 23\":;;Λεωφ. Κηφισίας 1;Αθήνα;;115 "
        "23;Ελλάδα",
        "URL;VALUE=uri:https://example.gr",
        "PHOTO;MEDIATYPE=image/png:data:image/"
        "png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk",
        " +M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
        "BDAY:--0415",
        "ORG:Example ΙΚΕ;R&D;Lab 2",
        "ROLE:Coordinator",
        "TITLE:Head of R&D",
        "END:VCARD",
    });
}

} // namespace

class TestVCardReader : public QObject
{
    Q_OBJECT
private slots:
    void charsets_data();
    void charsets();
    void charsetTables_agreeWithIcu();
    void outlook21_quotedPrintableWindows1251();
    void gmail30_groupsAndPreferred();
    void iphone30_photoIsSkipped();
    void vcard40_uriValuesAndPref();
    void escapes_inNoteAndAddress();
    void lineEnds_lfAndBlankLinesBetweenCards();
    void propertyNames_caseInsensitive();
    void folding_spaceAndTab();
    void missingEnd_beforeNextCard_isReportedAndSkipped();
    void missingEnd_atEndOfFile_isReported();
    void endWithoutBegin_isReported();
    void badLine_skipsTheCardOnly();
    void textOutsideCards_isReportedOnce();
    void unknownCharset_isReported();
    void noCharset_notUtf8_usesFallback();
    void utf8Bom_isIgnored();
    void manyCards_streamed();
    void path_missingFile_isAnError();
    void path_readsTheFile();
};

void TestVCardReader::charsets_data()
{
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("windows-1251 alphabet")
        << QByteArray("Windows-1251") << QByteArray("\xC0\xC1\xC2\xDF \xE0\xFF \xA8\xB8 \xB9 \x84\x93 \x88")
        << QString::fromUtf8("АБВЯ ая Ёё № „“ €");
    QTest::newRow("cp1251 alias") << QByteArray("cp1251") << QByteArray("\xD9\xFA\xDC")
                                  << QString::fromUtf8("ЩъЬ");
    QTest::newRow("ISO-8859-1") << QByteArray("ISO-8859-1") << QByteArray("Caf\xE9 M\xFCller")
                                << QString::fromUtf8("Café Müller");
    QTest::newRow("ISO-8859-1 read as 1252")
        << QByteArray("iso-8859-1") << QByteArray("\x80 \x93x\x94") << QString::fromUtf8("€ “x”");
    QTest::newRow("ISO-8859-5") << QByteArray("ISO-8859-5") << QByteArray("\xB0\xD0\xA1\xF1\xF0\xFD")
                                << QString::fromUtf8("АаЁё№§");
    QTest::newRow("UTF-8") << QByteArray("utf-8") << QByteArray("\xD0\x96") << QString::fromUtf8("Ж");
}

void TestVCardReader::charsets()
{
    QFETCH(QByteArray, charset);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QVERIFY(CharsetDecoder::canDecode(charset));
    bool ok = false;
    QCOMPARE(CharsetDecoder::decode(bytes, charset, &ok), text);
    QVERIFY(ok);
}

// Where Qt has ICU, its code pages are a second, independent source for our tables.
void TestVCardReader::charsetTables_agreeWithIcu()
{
    QByteArray all;
    for (int b = 0; b < 256; ++b)
        all.append(char(b));
    int compared = 0;
    for (const char *name : {"windows-1251", "iso-8859-5"}) {
        QStringDecoder icu(name);
        if (!icu.isValid())
            continue;
        const QString expected = icu.decode(all);
        const QString actual = CharsetDecoder::decode(all, name);
        QCOMPARE(actual.size(), expected.size());
        for (int b = 0; b < 256; ++b) {
            if (actual.at(b) == QChar(0xFFFD))
                continue; // unassigned in the code page; ICU may pass it through
            QVERIFY2(actual.at(b) == expected.at(b),
                qPrintable(QStringLiteral("%1 byte %2").arg(name).arg(b, 0, 16)));
        }
        ++compared;
    }
    if (compared == 0)
        QSKIP("Qt was built without ICU code pages");
}

void TestVCardReader::outlook21_quotedPrintableWindows1251()
{
    const Result r = readAll(outlook21());
    QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.value(0).message));
    QCOMPARE(r.contacts.size(), 1);
    const VCardContact &c = r.contacts.first();
    QCOMPARE(c.line, 1);
    QCOMPARE(c.version, "2.1");
    QCOMPARE(c.familyName, "Петров");
    QCOMPARE(c.givenName, "Иван");
    QCOMPARE(c.prefixes, "д-р");
    QCOMPARE(c.formattedName, "Иван Петров");
    QCOMPARE(c.organisation, "Дисиб ООД");
    QCOMPARE(c.department, "Търговия");
    QCOMPARE(c.title, "Управител");
    QCOMPARE(c.phones.size(), 3);
    QCOMPARE(c.phones.at(0).value, "+359 2 123 4567");
    QCOMPARE(c.phones.at(0).types, QStringList({"work", "voice"}));
    QCOMPARE(c.phones.at(2).types, QStringList({"work", "fax"}));
    QCOMPARE(c.addresses.size(), 1);
    QCOMPARE(c.addresses.at(0).street, "ул. Цар Борис III 123");
    QCOMPARE(c.addresses.at(0).locality, "София");
    QCOMPARE(c.addresses.at(0).postalCode, "1000");
    QCOMPARE(c.addresses.at(0).country, "България");
    QVERIFY(c.addresses.at(0).preferred);
    QCOMPARE(c.addresses.at(0).types, QStringList({"work"}));
    QCOMPARE(c.note, "Първи ред\nВтори ред, с 1251: „кавички“ и № 5");
    QCOMPARE(c.emails.size(), 2);
    QCOMPARE(c.emails.at(0).value, "ivan.petrov@disib.bg"); // PREF first
    QVERIFY(c.emails.at(0).preferred);
    QCOMPARE(c.emails.at(0).types, QStringList({"internet"}));
    QCOMPARE(c.emails.at(1).value, "ivan@example.com");
    QVERIFY(!c.emails.at(1).preferred);
    QCOMPARE(c.urls, QStringList({"http://www.disib.bg"}));
    QCOMPARE(c.birthday, QDate(1980, 3, 22));
    QVERIFY(c.hasPhoto);
}

void TestVCardReader::gmail30_groupsAndPreferred()
{
    const Result r = readAll(gmail30());
    QVERIFY(r.problems.isEmpty());
    QCOMPARE(r.contacts.size(), 1);
    const VCardContact &c = r.contacts.first();
    QCOMPARE(c.formattedName, "Мария Иванова");
    QCOMPARE(c.familyName, "Иванова");
    QCOMPARE(c.givenName, "Мария");
    QCOMPARE(c.emails.size(), 3);
    QCOMPARE(c.emails.at(0).value, "maria.ivanova@disib.bg");
    QVERIFY(c.emails.at(0).preferred);
    QCOMPARE(c.emails.at(0).types, QStringList({"internet"}));
    QCOMPARE(c.emails.at(1).value, "maria@gmail.com");
    QCOMPARE(c.emails.at(1).types, QStringList({"internet", "home"}));
    QCOMPARE(c.emails.at(2).value, "m.ivanova@cluster.bg");
    QCOMPARE(c.emails.at(2).label, "Клъстер");
    QCOMPARE(c.phones.size(), 1);
    QCOMPARE(c.phones.at(0).types, QStringList({"cell"}));
    QCOMPARE(c.urls, QStringList({"https://www.disib.bg"}));
    QCOMPARE(c.organisation, "Дисиб ООД");
    QCOMPARE(c.department, "Продажби");
    QCOMPARE(c.title, "Мениджър");
    QCOMPARE(c.categories, QStringList({"myContacts", "Партньори"}));
    QCOMPARE(c.note, "Ред 1\nРед 2, със запетая; и точка и запетая");
    QVERIFY(!c.hasPhoto);
}

void TestVCardReader::iphone30_photoIsSkipped()
{
    const Result r = readAll(iphone30(400) + iphone30(3));
    QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.value(0).message));
    QCOMPARE(r.contacts.size(), 2);
    const VCardContact &c = r.contacts.first();
    QCOMPARE(c.formattedName, "John Doe");
    QCOMPARE(c.organisation, "Example Inc.");
    QCOMPARE(c.department, QString());
    QVERIFY(c.hasPhoto);
    QCOMPARE(c.phones.size(), 2);
    QCOMPARE(c.phones.at(0).value, "+1 555 0100");
    QVERIFY(c.phones.at(0).preferred);
    QCOMPARE(c.phones.at(0).label, "Mobile");
    QCOMPARE(c.phones.at(1).types, QStringList({"cell", "voice"}));
    QCOMPARE(c.addresses.size(), 1);
    QCOMPARE(c.addresses.at(0).street, "1 Infinite Loop");
    QCOMPARE(c.addresses.at(0).types, QStringList({"home"}));
    QVERIFY(c.addresses.at(0).preferred);
    // The year 1604 is Apple's "no year".
    QVERIFY(!c.birthday.isValid());
    QCOMPARE(c.birthdayText, "1604-03-12");
    // The second card starts after the first one's 400 photo lines.
    QCOMPARE(r.contacts.at(1).line, 13 + 400 + 1 + 2 + 1);
}

void TestVCardReader::vcard40_uriValuesAndPref()
{
    const Result r = readAll(vcard40());
    QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.value(0).message));
    QCOMPARE(r.contacts.size(), 1);
    const VCardContact &c = r.contacts.first();
    QCOMPARE(c.version, "4.0");
    QCOMPARE(c.uid, "urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1");
    QCOMPARE(c.formattedName, "Dr. Γιώργος Παπαδόπουλος");
    QCOMPARE(c.prefixes, "Dr.");
    QCOMPARE(c.emails.size(), 2);
    QCOMPARE(c.emails.at(0).value, "giorgos@example.gr"); // PREF=1 before PREF=2
    QCOMPARE(c.emails.at(1).value, "g.papadopoulos@example.gr");
    QCOMPARE(c.emails.at(1).types, QStringList({"work"}));
    QCOMPARE(c.phones.size(), 2);
    QCOMPARE(c.phones.at(0).value, "+30-210-555-0100;ext=12");
    QCOMPARE(c.phones.at(0).types, QStringList({"work", "voice"}));
    QVERIFY(c.phones.at(0).preferred);
    QCOMPARE(c.phones.at(1).value, "+30-69-555-0101");
    QVERIFY(!c.phones.at(1).preferred);
    QCOMPARE(c.addresses.size(), 1);
    QCOMPARE(c.addresses.at(0).street, "Λεωφ. Κηφισίας 1");
    QCOMPARE(c.addresses.at(0).locality, "Αθήνα");
    QCOMPARE(c.addresses.at(0).postalCode, "115 23");
    QCOMPARE(c.addresses.at(0).country, "Ελλάδα");
    QCOMPARE(c.urls, QStringList({"https://example.gr"}));
    QVERIFY(c.hasPhoto);
    QVERIFY(!c.birthday.isValid());
    QCOMPARE(c.birthdayText, "--0415");
    QCOMPARE(c.organisation, "Example ΙΚΕ");
    QCOMPARE(c.department, "R&D, Lab 2");
    QCOMPARE(c.role, "Coordinator");
    QCOMPARE(c.title, "Head of R&D");
}

void TestVCardReader::escapes_inNoteAndAddress()
{
    const Result r = readAll(crlf({
        "BEGIN:VCARD",
        "VERSION:3.0",
        "FN:Иванов\\, Петър",
        "N:Иванов;Петър;;;",
        "ORG:Алфа\\; Бета ООД;Отдел \\\"А\\\"",
        "ADR;TYPE=WORK:;Офис 5\\, ет. 2;ул. „Шипка“ 6\\; вход А;София;;1504;България",
        "NOTE:Първи ред\\nВтори ред\\NТрети\\\\край\\, и запетая\\; C:\\Users\\x",
        "CATEGORIES:Клиенти\\, стари,Партньори,,Партньори",
        "BDAY:1975-11-30T00:00:00Z",
        "NOTE:Втора бележка",
        "END:VCARD",
    }));
    QVERIFY(r.problems.isEmpty());
    QCOMPARE(r.contacts.size(), 1);
    const VCardContact &c = r.contacts.first();
    QCOMPARE(c.formattedName, "Иванов, Петър");
    QCOMPARE(c.organisation, "Алфа; Бета ООД");
    QCOMPARE(c.department, "Отдел \\\"А\\\""); // \" is no vCard escape: kept as written
    QCOMPARE(c.addresses.at(0).extended, "Офис 5, ет. 2");
    QCOMPARE(c.addresses.at(0).street, "ул. „Шипка“ 6; вход А");
    QCOMPARE(c.addresses.at(0).locality, "София");
    QCOMPARE(c.addresses.at(0).postalCode, "1504");
    QCOMPARE(c.note, "Първи ред\nВтори ред\nТрети\\край, и запетая; C:\\Users\\x\nВтора бележка");
    QCOMPARE(c.categories, QStringList({"Клиенти, стари", "Партньори"}));
    QCOMPARE(c.birthday, QDate(1975, 11, 30));
}

void TestVCardReader::lineEnds_lfAndBlankLinesBetweenCards()
{
    const QByteArray lf = "BEGIN:VCARD\nVERSION:3.0\nFN:One\nEND:VCARD\n"
                          "\n\n   \n"
                          "BEGIN:VCARD\nVERSION:3.0\nFN:Two\nNOTE:a\n  b\nEND:VCARD\n"
                          "\n"
                          "BEGIN:VCARD\nVERSION:3.0\nFN:Three\nEND:VCARD"; // no line end at the very end
    const Result r = readAll(lf);
    QVERIFY(r.problems.isEmpty());
    QCOMPARE(r.contacts.size(), 3);
    QCOMPARE(r.contacts.at(0).line, 1);
    QCOMPARE(r.contacts.at(1).line, 8);
    QCOMPARE(r.contacts.at(1).note, "a b");
    QCOMPARE(r.contacts.at(2).line, 15);
    QCOMPARE(r.contacts.at(2).formattedName, "Three");

    // The same with CRLF gives the same cards.
    QByteArray crlfText = lf;
    crlfText.replace("\n", "\r\n");
    const Result r2 = readAll(crlfText);
    QCOMPARE(r2.contacts.size(), 3);
    QCOMPARE(r2.contacts.at(1).note, "a b");
    QCOMPARE(r2.contacts.at(2).line, 15);
}

void TestVCardReader::propertyNames_caseInsensitive()
{
    const Result r = readAll("begin:vcard\r\nversion:3.0\r\nfn:Lower\r\nEmail;Type=Work,PREF:a@b.bg\r\n"
                             "Item1.Tel;type=Work:123\r\nitem1.x-ablabel:Desk\r\nend:vcard\r\n");
    QVERIFY(r.problems.isEmpty());
    QCOMPARE(r.contacts.size(), 1);
    QCOMPARE(r.contacts.at(0).formattedName, "Lower");
    QCOMPARE(r.contacts.at(0).emails.at(0).types, QStringList({"work"}));
    QVERIFY(r.contacts.at(0).emails.at(0).preferred);
    QCOMPARE(r.contacts.at(0).phones.at(0).label, "Desk");
}

void TestVCardReader::folding_spaceAndTab()
{
    const Result r = readAll(
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Мари\r\n я\r\nNOTE:One \r\n\ttwo\r\n  three\r\nEND:VCARD\r\n");
    QCOMPARE(r.contacts.size(), 1);
    QCOMPARE(r.contacts.at(0).formattedName, "Мария"); // folded inside a word
    QCOMPARE(r.contacts.at(0).note, "One two three");
}

void TestVCardReader::missingEnd_beforeNextCard_isReportedAndSkipped()
{
    const Result r = readAll(crlf({
        "BEGIN:VCARD",
        "VERSION:3.0",
        "FN:Broken One",
        "BEGIN:VCARD",
        "VERSION:3.0",
        "FN:Good Two",
        "END:VCARD",
    }));
    QCOMPARE(r.contacts.size(), 1);
    QCOMPARE(r.contacts.at(0).formattedName, "Good Two");
    QCOMPARE(r.contacts.at(0).line, 4);
    QCOMPARE(r.problems.size(), 1);
    QCOMPARE(r.problems.at(0).line, 1);
    QVERIFY2(r.problems.at(0).message.contains("END:VCARD") && r.problems.at(0).message.contains("line 4"),
        qPrintable(r.problems.at(0).message));
}

void TestVCardReader::missingEnd_atEndOfFile_isReported()
{
    const Result r = readAll(gmail30() + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut off\r\n");
    QCOMPARE(r.contacts.size(), 1);
    QCOMPARE(r.problems.size(), 1);
    QCOMPARE(r.problems.at(0).line, 17);
    QVERIFY(r.problems.at(0).message.contains("END:VCARD"));
    QVERIFY(!r.error);
}

void TestVCardReader::endWithoutBegin_isReported()
{
    const Result r = readAll("END:VCARD\r\n" + gmail30());
    QCOMPARE(r.contacts.size(), 1);
    QCOMPARE(r.contacts.at(0).line, 2);
    QCOMPARE(r.problems.size(), 1);
    QCOMPARE(r.problems.at(0).line, 1);
    QVERIFY(r.problems.at(0).message.contains("BEGIN:VCARD"));
}

void TestVCardReader::badLine_skipsTheCardOnly()
{
    const Result r = readAll(crlf({
        "BEGIN:VCARD",
        "VERSION:3.0",
        "FN:Has a bad line",
        "this line has no colon",
        "EMAIL:after@bad.bg",
        "END:VCARD",
        "BEGIN:VCARD",
        "VERSION:3.0",
        "FN:Fine",
        "END:VCARD",
        "BEGIN:VCARD",
        "VERSION:3.0",
        ":no name",
        "END:VCARD",
    }));
    QCOMPARE(r.contacts.size(), 1);
    QCOMPARE(r.contacts.at(0).formattedName, "Fine");
    QCOMPARE(r.problems.size(), 2);
    QCOMPARE(r.problems.at(0).line, 4);
    QVERIFY2(r.problems.at(0).message.contains("this line has no colon")
            && r.problems.at(0).message.contains("line 1"),
        qPrintable(r.problems.at(0).message));
    QCOMPARE(r.problems.at(1).line, 13);
}

void TestVCardReader::textOutsideCards_isReportedOnce()
{
    const Result r = readAll("Some header\r\nof two lines\r\n" + gmail30() + "trailing\r\n");
    QCOMPARE(r.contacts.size(), 1);
    QCOMPARE(r.problems.size(), 2);
    QCOMPARE(r.problems.at(0).line, 1);
    QCOMPARE(r.problems.at(1).line, 19);
}

void TestVCardReader::unknownCharset_isReported()
{
    const QByteArray card = "BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=X-NOSUCH:Plain\r\nEND:VCARD\r\n";
    const Result r = readAll(card + card); // reported once, not once a card
    QCOMPARE(r.contacts.size(), 2);
    QCOMPARE(r.contacts.at(0).formattedName, "Plain");
    QCOMPARE(r.problems.size(), 1);
    QCOMPARE(r.problems.at(0).line, 3);
    QVERIFY(r.problems.at(0).message.contains("X-NOSUCH"));
}

void TestVCardReader::noCharset_notUtf8_usesFallback()
{
    const QByteArray card
        = "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:\xC8\xE2\xE0\xED\r\nNOTE:\xD0\x96 UTF-8\r\nEND:VCARD\r\n";
    Result r = readAll(card);
    QCOMPARE(r.contacts.at(0).formattedName, "Иван");
    QCOMPARE(r.contacts.at(0).note, "Ж UTF-8"); // valid UTF-8 stays UTF-8

    QBuffer buffer;
    buffer.setData(card);
    buffer.open(QIODevice::ReadOnly);
    VCardReader reader(&buffer);
    reader.setFallbackCharset("windows-1252");
    VCardContact c;
    QVERIFY(reader.next(&c));
    QCOMPARE(c.formattedName, "Èâàí");
}

void TestVCardReader::utf8Bom_isIgnored()
{
    const Result r = readAll("\xEF\xBB\xBF" + gmail30());
    QVERIFY(r.problems.isEmpty());
    QCOMPARE(r.contacts.size(), 1);

    const Result utf16 = readAll(QByteArray("\xFF\xFE", 2) + QByteArray("B\0E\0", 4));
    QVERIFY(utf16.error);
    QVERIFY(utf16.contacts.isEmpty());
}

void TestVCardReader::manyCards_streamed()
{
    QByteArray bytes;
    const int count = 3000;
    for (int i = 0; i < count; ++i)
        bytes += "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Contact " + QByteArray::number(i) + "\r\nEND:VCARD\r\n";
    // A photo of about 2 MB in the middle, folded at 76 characters.
    QByteArray photo = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Photo\r\nPHOTO;ENCODING=b;TYPE=JPEG:AAAA\r\n";
    const QByteArray fold = " " + QByteArray(75, 'Q') + "\r\n";
    for (int i = 0; i < 2 * 1024 * 1024 / 76; ++i)
        photo += fold;
    photo += "END:VCARD\r\n";
    bytes = bytes + photo + bytes;

    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    VCardReader reader(&buffer);
    VCardContact c;
    int read = 0;
    qint64 lastPosition = 0;
    bool sawPhoto = false;
    while (reader.next(&c)) {
        ++read;
        QVERIFY(reader.position() >= lastPosition);
        lastPosition = reader.position();
        sawPhoto = sawPhoto || c.hasPhoto;
    }
    QCOMPARE(read, 2 * count + 1);
    QVERIFY(sawPhoto);
    QVERIFY(reader.problems().isEmpty());
    QCOMPARE(reader.position(), reader.size());
}

void TestVCardReader::path_missingFile_isAnError()
{
    VCardReader reader(QStringLiteral("/nonexistent/dir/contacts.vcf"));
    VCardContact c;
    QVERIFY(!reader.next(&c));
    QCOMPARE(reader.error().code, Error::Code::Io);
    QVERIFY(reader.error().message.contains("contacts.vcf"));
}

void TestVCardReader::path_readsTheFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("export.vcf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(outlook21() + gmail30() + vcard40());
    file.close();
    VCardReader reader(path);
    QList<VCardContact> all;
    VCardContact c;
    while (reader.next(&c))
        all.append(c);
    QVERIFY(!reader.error());
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(1).line, 25);
    QCOMPARE(all.at(2).formattedName, "Dr. Γιώργος Παπαδόπουλος");
}

QTEST_GUILESS_MAIN(TestVCardReader)
#include "tst_vcardreader.moc"
