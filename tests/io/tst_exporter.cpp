// Export of a table, and its import into an empty database, give the same records:
// enumerations, sets, money, yes/no, links by name, Cyrillic, text that looks like a
// formula, line breaks and quotes.
#include "io/csvreader.h"
#include "io/importer.h"
#include "io/importmapping.h"
#include "io/tableexporter.h"
#include "io/valueparser.h"
#include "io/xlsxreader.h"
#include "storage/database.h"
#include "storage/repositories.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <QDir>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace hubdesk;

namespace {

// The fields of every live record, in id order, as comparable text (ids of links by name).
QString contents(Database &db, EntityType type)
{
    auto repo = Repositories::create(db, type);
    QSqlQuery q(db.connection());
    QString text;
    if (!q.exec(QStringLiteral("SELECT id FROM %1 WHERE deleted_at IS NULL ORDER BY id").arg(Entities::info(type).table)))
        return QStringLiteral("failed");
    while (q.next()) {
        Record r;
        if (repo->get(q.value(0).toLongLong(), &r))
            return QStringLiteral("failed");
        for (const QString &key : ImportMapping::importableFields(type)) {
            const Field *f = Entities::info(type).field(key);
            QString v = TableExporter::text(type, key, r.value(key));
            if (f->type == FieldType::Reference && r.has(key))
                v = Sql::scalar(db.connection(), QStringLiteral("SELECT label FROM %1 WHERE id = ?").arg(Entities::info(f->reference).listView),
                                {r.value(key)})
                        .toString();
            text += key + QLatin1Char('=') + v + QLatin1Char('|');
        }
        text += QLatin1Char('\n');
    }
    return text;
}

Record organisation(const QString &name, const QString &kind)
{
    Record r = test::organisation(name, kind);
    return r;
}

} // namespace

class TestExporter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void csv_neutralisesFormulasAndQuotesFields();
    void missingFolder_isNamedAndWritesNothing();

private:
    std::unique_ptr<Database> m_source;
    QTemporaryDir m_dir;
};

void TestExporter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_source = test::memoryDatabase();
    auto orgs = Repositories::create(*m_source, EntityType::Organisation);
    Record a = organisation(QStringLiteral("”Дисиб” ООД"), QStringLiteral("startup"));
    a.setValue(QStringLiteral("country"), QStringLiteral("BG"));
    a.setValue(QStringLiteral("company_id"), QStringLiteral("040667507"));
    a.setValue(QStringLiteral("roles"), QStringList{QStringLiteral("education_research"), QStringLiteral("financing")});
    a.setValue(QStringLiteral("tags"), QStringList{QStringLiteral("energy"), QStringLiteral("solar power")});
    a.setValue(QStringLiteral("notes"), QStringLiteral("Line one\nLine \"two\"; three"));
    QVERIFY(!orgs->create(a));
    Record b = organisation(QStringLiteral("=SUM(A1:A2)"), QStringLiteral("media"));
    b.setValue(QStringLiteral("website"), QStringLiteral("https://example.no"));
    b.setValue(QStringLiteral("description"), QStringLiteral("-dash first, @at"));
    QVERIFY(!orgs->create(b));
    auto people = Repositories::create(*m_source, EntityType::Person);
    Record p = test::person(QStringLiteral("Ана"), QStringLiteral("Петрова"), true);
    p.setValue(QStringLiteral("organisation_id"), a.id);
    p.setValue(QStringLiteral("day_rate_cents"), qint64(45050));
    p.setValue(QStringLiteral("expertise"), QStringList{QStringLiteral("media law")});
    QVERIFY(!people->create(p));
    Record q = test::person(QStringLiteral("Bo"), QStringLiteral("Berg"));
    QVERIFY(!people->create(q));
}

void TestExporter::roundTrip_data()
{
    QTest::addColumn<bool>("xlsx");
    QTest::newRow("CSV") << false;
    QTest::newRow("XLSX") << true;
}

void TestExporter::roundTrip()
{
    QFETCH(bool, xlsx);
    auto target = test::memoryDatabase();
    const ValueParser parser;
    for (EntityType type : {EntityType::Organisation, EntityType::Person}) {
        const QString path = m_dir.filePath(QStringLiteral("%1.%2").arg(Entities::info(type).key, xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv")));
        TableExporter::Options o;
        o.format = xlsx ? TableExporter::Format::Xlsx : TableExporter::Format::Csv;
        qint64 written = 0;
        Error e = TableExporter::write(*m_source, type, path, o, &written);
        QVERIFY2(!e, qPrintable(e.message));
        QCOMPARE(written, 2);
        std::unique_ptr<TableSource> source;
        if (xlsx)
            source = std::make_unique<XlsxReader>(path);
        else
            source = std::make_unique<CsvReader>(path);
        SourceRow header;
        {
            std::unique_ptr<TableSource> peek;
            if (xlsx)
                peek = std::make_unique<XlsxReader>(path);
            else
                peek = std::make_unique<CsvReader>(path);
            QVERIFY(peek->next(&header));
        }
        const ImportMapping mapping = ImportMapping::automatic(type, header.cells);
        QCOMPARE(mapping.columns.size(), ImportMapping::importableFields(type).size());
        Importer importer(*target, mapping, parser);
        ImportOptions options;
        options.sourceName = QFileInfo(path).fileName();
        const ImportResult r = importer.run(*source, options);
        QVERIFY2(!r.error, qPrintable(r.error.message));
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.value(0).toString()));
        QCOMPARE(r.created, 2);
    }
    QCOMPARE(contents(*target, EntityType::Organisation), contents(*m_source, EntityType::Organisation));
    QCOMPARE(contents(*target, EntityType::Person), contents(*m_source, EntityType::Person));
}

void TestExporter::csv_neutralisesFormulasAndQuotesFields()
{
    const QString path = m_dir.filePath(QStringLiteral("orgs-plain.csv"));
    TableExporter::Options o;
    o.bom = false;
    o.delimiter = u';';
    o.fields = {QStringLiteral("name"), QStringLiteral("notes"), QStringLiteral("description")};
    QVERIFY(!TableExporter::write(*m_source, EntityType::Organisation, path, o));
    const QString text = QString::fromUtf8(test::readBytes(path));
    QCOMPARE(text,
             QStringLiteral("Name;Notes;Description\r\n"
                            "”Дисиб” ООД;\"Line one\nLine \"\"two\"\"; three\";\r\n"
                            "'=SUM(A1:A2);;'-dash first, @at\r\n"));
}

void TestExporter::missingFolder_isNamedAndWritesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("nowhere/orgs.csv"));
    const Error e = TableExporter::write(*m_source, EntityType::Organisation, path, {});
    QCOMPARE(e.code, Error::Code::Io);
    QVERIFY2(e.message.contains(QStringLiteral("nowhere")), qPrintable(e.message));
    QVERIFY(!QFile::exists(path));
    TableExporter::Options o;
    o.fields = {QStringLiteral("name"), QStringLiteral("shoe_size")};
    QVERIFY(TableExporter::write(*m_source, EntityType::Organisation, m_dir.filePath(QStringLiteral("x.csv")), o).message.contains(
        QStringLiteral("shoe_size")));
}

QTEST_GUILESS_MAIN(TestExporter)
#include "tst_exporter.moc"
