// libFuzzer target: the vCard reader (2.1, 3.0, 4.0: folding, QUOTED-PRINTABLE and
// base64 values, CHARSET labels, groups, escapes) and the rows VCardSource makes of
// its cards for the importer. The input is a .vcf file's bytes.

#include "fuzzsupport.h"

#include "io/vcardreader.h"
#include "io/vcardsource.h"

#include <QBuffer>

#include <cstdio>

using namespace hubdesk;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::startQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const unsigned choice = fuzz::pick(data, size);
    {
        QBuffer buffer;
        buffer.setData(reinterpret_cast<const char *>(data), qsizetype(size));
        buffer.open(QIODevice::ReadOnly);
        VCardReader reader(&buffer);
        static const QByteArray fallbacks[] = {QByteArrayLiteral("windows-1251"),
            QByteArrayLiteral("windows-1252"), QByteArrayLiteral("ISO-8859-1"), QByteArrayLiteral("nonsense")};
        if (choice & 1)
            reader.setFallbackCharset(fallbacks[(choice >> 1) % 4]);
        VCardContact contact;
        // A card takes at least "BEGIN:VCARD" (11 bytes): more cards mean no progress.
        for (size_t cards = 0; reader.next(&contact);) {
            (void)reader.position();
            if (++cards > size / 11) {
                fprintf(stderr, "fuzz_vcard: more cards than the input can hold\n");
                abort();
            }
        }
        (void)reader.error();
        (void)reader.problems().size();
    }
    {
        // The importer's path: a file on disk, read as rows.
        const QString path = fuzz::scratchFolder() + QStringLiteral("/input.vcf");
        fuzz::writeFile(path, data, size);
        VCardSource source(path);
        SourceRow row;
        for (size_t rows = 0; source.next(&row);) {
            (void)source.position();
            if (++rows > size / 11 + 1) { // the header row, then a row a card
                fprintf(stderr, "fuzz_vcard: more rows than the input has cards\n");
                abort();
            }
        }
        (void)source.error();
    }
    return 0;
}
