#include "xlsxpackage.h"

#include "xlsxpart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <zip.h>

namespace hubdesk {

namespace {

struct Relationship
{
    QString type;
    QString target; // a part name, resolved against the source part
};

Error formatError(const QString &fileName, const QString &what)
{
    return Error::make(
        Error::Code::Format, QCoreApplication::translate("Import", "%1: %2").arg(fileName, what));
}

// The folder of a part, where its relative targets start ("xl/" for "xl/workbook.xml").
QString folderOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return slash < 0 ? QString() : part.left(slash + 1);
}

QString relsOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return part.left(slash + 1) + QStringLiteral("_rels/") + part.mid(slash + 1) + QStringLiteral(".rels");
}

QString resolve(const QString &sourceFolder, const QString &target)
{
    if (target.startsWith(u'/'))
        return QDir::cleanPath(target.mid(1));
    return QDir::cleanPath(sourceFolder + target);
}

bool typeIs(const QString &type, QLatin1String last)
{
    return type.endsWith(u'/' + QString(last));
}

// The OLE2 compound file signature: Excel 97–2003 files, and also Office's encrypted
// packages, which wrap the real .xlsx in a stream named "EncryptedPackage".
const char ole2Signature[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

bool isEncryptedOle2(QFile &file)
{
    // The stream names are UTF-16LE in the compound file's directory, which may sit
    // anywhere, so the whole file is searched in overlapping chunks.
    const QByteArray needle = QByteArray("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32);
    file.seek(0);
    QByteArray tail;
    while (!file.atEnd()) {
        const QByteArray chunk = tail + file.read(1 << 20);
        if (chunk.size() == tail.size())
            break;
        if (chunk.contains(needle))
            return true;
        tail = chunk.right(needle.size());
    }
    return false;
}

// What a file that is not a zip archive is, for the message: the first KiB decides.
QString describeNonZip(QFile &file)
{
    file.seek(0);
    const QByteArray head = file.read(1024);
    if (head.startsWith(QByteArray(ole2Signature, 8))) {
        if (isEncryptedOle2(file))
            return QCoreApplication::translate("Import",
                "the workbook is protected with a password; open it in Excel, remove the password, "
                "save and import again");
        return QCoreApplication::translate(
            "Import", "the file is an old Excel .xls; save it as .xlsx or .csv and import that");
    }
    QByteArray text = head;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    text = text.trimmed().toLower();
    if (text.startsWith("<!doctype html") || text.startsWith("<html") || text.contains("<table"))
        return QCoreApplication::translate("Import",
            "the file is a web page (HTML) named .xlsx, as some web sites export tables; open it in "
            "a spreadsheet, save it as .xlsx or .csv and import that");
    if (text.startsWith("<?xml") && text.contains("urn:schemas-microsoft-com:office:spreadsheet"))
        return QCoreApplication::translate(
            "Import", "the file is an Excel 2003 XML spreadsheet; save it as .xlsx or .csv and import that");
    const bool binary = head.contains('\0');
    if (!binary && (head.contains(',') || head.contains(';') || head.contains('\t')) && head.contains('\n'))
        return QCoreApplication::translate(
            "Import", "the file is a CSV text file named .xlsx; import it as CSV");
    return QCoreApplication::translate(
        "Import", "the file is not an Excel workbook (.xlsx files are zip archives, this one is not)");
}

// What a zip without a workbook part is, for the message.
QString describeOtherZip(zip *archive)
{
    const auto has
        = [archive](const char *name) { return zip_name_locate(archive, name, ZIP_FL_NOCASE) >= 0; };
    if (has("word/document.xml"))
        return QCoreApplication::translate("Import", "the file is a Word document, not an Excel workbook");
    if (has("ppt/presentation.xml"))
        return QCoreApplication::translate(
            "Import", "the file is a PowerPoint presentation, not an Excel workbook");
    if (has("content.xml") && has("mimetype"))
        return QCoreApplication::translate(
            "Import", "the file is an OpenDocument file (.ods); save it as .xlsx or .csv and import that");
    return QCoreApplication::translate(
        "Import", "the file is a zip archive but not an Excel workbook (it has no workbook part)");
}

QHash<QString, Relationship> readRelationships(const XlsxPackage &package, const QString &part, Error *error)
{
    QHash<QString, Relationship> relationships;
    const QString folder = folderOf(part);
    const std::unique_ptr<XlsxPart> rels = package.part(relsOf(part));
    for (;;) {
        const QXmlStreamReader::TokenType token = rels->readNext();
        if (token == QXmlStreamReader::Invalid || token == QXmlStreamReader::EndDocument)
            break;
        if (token != QXmlStreamReader::StartElement || rels->xml().name() != QLatin1String("Relationship"))
            continue;
        const QXmlStreamAttributes attributes = rels->xml().attributes();
        if (attributes.value(QLatin1String("TargetMode")) == QLatin1String("External"))
            continue;
        relationships.insert(attributes.value(QLatin1String("Id")).toString(),
            {attributes.value(QLatin1String("Type")).toString(),
                resolve(folder, attributes.value(QLatin1String("Target")).toString())});
    }
    *error = rels->error();
    return relationships;
}

} // namespace

XlsxPackage::XlsxPackage(zip *archive, const QString &fileName)
    : m_zip(archive)
    , m_fileName(fileName)
{ }

XlsxPackage::~XlsxPackage()
{
    if (m_zip)
        zip_discard(m_zip);
}

std::unique_ptr<XlsxPackage> XlsxPackage::open(const QString &path, Error *error)
{
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Error::make(Error::Code::Io,
            QCoreApplication::translate("Import", "Cannot open “%1”: %2").arg(fileName, file.errorString()));
        return nullptr;
    }
    if (file.size() == 0) {
        *error = formatError(fileName, QCoreApplication::translate("Import", "the file is empty"));
        return nullptr;
    }
    const QByteArray signature = file.read(4);
    if (signature != QByteArray("PK\x03\x04", 4) && signature != QByteArray("PK\x05\x06", 4)) {
        *error = formatError(fileName, describeNonZip(file));
        return nullptr;
    }
    file.close();

    int code = 0;
    zip *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    if (!archive) {
        if (code == ZIP_ER_NOZIP || code == ZIP_ER_INCONS) {
            *error = formatError(fileName,
                QCoreApplication::translate("Import",
                    "the file is damaged or incomplete: it starts as an .xlsx "
                    "(zip) file but its end is missing or broken"));
        } else {
            zip_error_t zipError;
            zip_error_init_with_code(&zipError, code);
            *error = Error::make(Error::Code::Io,
                QCoreApplication::translate("Import", "Cannot open “%1”: %2")
                    .arg(fileName, QString::fromUtf8(zip_error_strerror(&zipError))));
            zip_error_fini(&zipError);
        }
        return nullptr;
    }
    std::unique_ptr<XlsxPackage> package(new XlsxPackage(archive, fileName));
    *error = package->readWorkbook();
    if (*error)
        return nullptr;
    return package;
}

bool XlsxPackage::hasPart(const QString &name) const
{
    return zip_name_locate(m_zip, name.toUtf8().constData(), ZIP_FL_NOCASE) >= 0;
}

std::unique_ptr<XlsxPart> XlsxPackage::part(const QString &name) const
{
    return std::make_unique<XlsxPart>(m_zip, name, m_fileName);
}

Error XlsxPackage::readWorkbook()
{
    Error error;
    // The package's own relationships name the workbook part; "xl/workbook.xml" is
    // where every known writer puts it, so it is the fallback.
    if (hasPart(QStringLiteral("_rels/.rels"))) {
        const auto root = readRelationships(*this, QString(), &error);
        for (const Relationship &r : root) {
            if (typeIs(r.type, QLatin1String("officeDocument")) && hasPart(r.target))
                m_workbookPart = r.target;
        }
    }
    if (m_workbookPart.isEmpty() && hasPart(QStringLiteral("xl/workbook.xml")))
        m_workbookPart = QStringLiteral("xl/workbook.xml");
    if (m_workbookPart.isEmpty())
        return formatError(m_fileName, describeOtherZip(m_zip));

    const QHash<QString, Relationship> relationships = readRelationships(*this, m_workbookPart, &error);
    if (error)
        return error;
    for (const Relationship &r : relationships) {
        if (typeIs(r.type, QLatin1String("sharedStrings")))
            m_sharedStringsPart = r.target;
        else if (typeIs(r.type, QLatin1String("styles")))
            m_stylesPart = r.target;
    }

    const std::unique_ptr<XlsxPart> workbook = part(m_workbookPart);
    for (;;) {
        const QXmlStreamReader::TokenType token = workbook->readNext();
        if (token == QXmlStreamReader::Invalid || token == QXmlStreamReader::EndDocument)
            break;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamReader &xml = workbook->xml();
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == QLatin1String("workbookPr")) {
            const auto flag = attributes.value(QLatin1String("date1904"));
            m_date1904 = flag == QLatin1String("1") || flag == QLatin1String("true");
        } else if (xml.name() == QLatin1String("sheet")) {
            // r:id is in the relationships namespace, whose URI differs between the
            // transitional and strict forms of the format: any namespaced "id" will do.
            QString id;
            for (const QXmlStreamAttribute &a : attributes) {
                if (a.name() == QLatin1String("id") && !a.namespaceUri().isEmpty())
                    id = a.value().toString();
            }
            const Relationship r = relationships.value(id);
            if (typeIs(r.type, QLatin1String("worksheet")))
                m_sheets.append({attributes.value(QLatin1String("name")).toString(), r.target});
        }
    }
    if (workbook->error())
        return workbook->error();
    if (m_sheets.isEmpty())
        return formatError(
            m_fileName, QCoreApplication::translate("Import", "the workbook has no worksheets"));
    return {};
}

} // namespace hubdesk
