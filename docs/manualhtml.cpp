// hubdesk_manualhtml MANUAL.md OUTPUT_DIR: the user manual as HTML, made at build time.
//
// Qt's own Markdown reader (QTextDocument, GitHub dialect) does the conversion, so the
// build needs nothing that Debian and a Windows Qt install do not both have, and the
// result is HTML that the in-app viewer (QTextBrowser) shows exactly. On top of it:
// the headings get anchors as on GitHub (#importing-a-file), so the contents links work
// in both; pictures are copied beside the page and given a width that fits a window;
// Markdown pages the manual links to (docs/*.md) are converted too, their links
// rewritten to .html. A picture that is missing stops the build, naming it.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImageReader>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextStream>

namespace {

// Pictures wider than this are shown at this width (the source is the full window).
constexpr int MaxImageWidth = 760;

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

// GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens.
QString slug(const QString &heading)
{
    QString out;
    for (const QChar c : heading.toLower()) {
        if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_'))
            out += c;
        else if (c == QLatin1Char(' '))
            out += QLatin1Char('-');
    }
    return out;
}

struct Page
{
    QString source; // absolute path of the .md
    QString output; // file name in the output folder
};

class Converter
{
public:
    Converter(const QString &outputDir) : m_out(outputDir) {}

    // Converts \a page and, after it, the pages it links to; false after a message.
    bool run(const QString &manual)
    {
        m_queue.append({QFileInfo(manual).absoluteFilePath(), QStringLiteral("index.html")});
        m_known.insert(m_queue.first().source, m_queue.first().output);
        for (int i = 0; i < m_queue.size(); ++i) {
            if (!convert(m_queue.at(i)))
                return false;
        }
        return true;
    }

private:
    QString outputNameFor(const QString &source)
    {
        if (m_known.contains(source))
            return m_known.value(source);
        QString name = QFileInfo(source).completeBaseName() + QStringLiteral(".html");
        m_known.insert(source, name);
        m_queue.append({source, name});
        return name;
    }

    bool convert(const Page &page)
    {
        QFile file(page.source);
        if (!file.open(QIODevice::ReadOnly)) {
            err() << page.source << ": " << file.errorString() << Qt::endl;
            return false;
        }
        const QString markdown = QString::fromUtf8(file.readAll());
        const QDir sourceDir = QFileInfo(page.source).absoluteDir();

        QTextDocument doc;
        doc.setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);

        // What to change is gathered first: changing formats while walking the fragments
        // would split them under the walk.
        struct Change
        {
            int position;
            int length;
            QTextCharFormat format;
        };
        QList<Change> changes;
        QString title;
        QSet<QString> anchors;
        for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
            const int level = block.blockFormat().headingLevel();
            if (level > 0 && block.length() > 1) {
                if (level == 1 && title.isEmpty())
                    title = block.text();
                QString anchor = slug(block.text());
                for (int n = 1; anchors.contains(anchor); ++n)
                    anchor = slug(block.text()) + QLatin1Char('-') + QString::number(n);
                anchors.insert(anchor);
                QTextCharFormat format;
                format.setAnchor(true);
                format.setAnchorNames({anchor});
                changes.append({block.position(), block.length() - 1, format});
            }
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                QTextCharFormat format = fragment.charFormat();
                if (format.isImageFormat()) {
                    QTextImageFormat image = format.toImageFormat();
                    if (!placeImage(page, sourceDir, image))
                        return false;
                    changes.append({fragment.position(), fragment.length(), image});
                } else if (format.isAnchor() && !format.anchorHref().isEmpty()) {
                    const QString href = rewriteLink(page, sourceDir, format.anchorHref());
                    if (href != format.anchorHref()) {
                        format.setAnchorHref(href);
                        changes.append({fragment.position(), fragment.length(), format});
                    }
                }
            }
        }
        for (const Change &change : std::as_const(changes)) {
            QTextCursor cursor(&doc);
            cursor.setPosition(change.position);
            cursor.setPosition(change.position + change.length, QTextCursor::KeepAnchor);
            if (change.format.isImageFormat())
                cursor.setCharFormat(change.format);
            else
                cursor.mergeCharFormat(change.format);
        }
        if (title.isEmpty())
            title = QFileInfo(page.source).completeBaseName();
        doc.setMetaInformation(QTextDocument::DocumentTitle, title);
        return write(page, wrap(doc.toHtml()));
    }

    // Copies the picture beside the page (same relative path) and sizes it to fit.
    bool placeImage(const Page &page, const QDir &sourceDir, QTextImageFormat &image)
    {
        const QString name = image.name();
        if (name.contains(QLatin1Char(':')) || QDir::isAbsolutePath(name)) {
            err() << page.source << ": the picture " << name << " must be a relative path beside the manual" << Qt::endl;
            return false;
        }
        const QString from = sourceDir.filePath(name);
        QImageReader reader(from);
        const QSize size = reader.size();
        if (!size.isValid()) {
            err() << page.source << ": the picture " << name << " cannot be read (" << from << ": "
                  << reader.errorString() << ")" << Qt::endl;
            return false;
        }
        const QString to = QDir(m_out).filePath(name);
        if (!QDir().mkpath(QFileInfo(to).absolutePath()) || (QFile::exists(to) && !QFile::remove(to))
            || !QFile::copy(from, to)) {
            err() << "cannot copy " << from << " to " << to << Qt::endl;
            return false;
        }
        if (size.width() > MaxImageWidth) {
            image.setWidth(MaxImageWidth);
            image.setHeight(qRound(double(size.height()) * MaxImageWidth / size.width()));
        } else {
            image.setWidth(size.width());
            image.setHeight(size.height());
        }
        return true;
    }

    // A link to another Markdown page beside the manual goes to its HTML version, which is
    // made too; a link to a page that is not there is kept and reported.
    QString rewriteLink(const Page &page, const QDir &sourceDir, const QString &href)
    {
        const QUrl url(href);
        if (!url.isRelative() || url.path().isEmpty() || !url.path().endsWith(QLatin1String(".md")))
            return href;
        const QString target = QDir::cleanPath(sourceDir.filePath(url.path()));
        if (!QFileInfo(target).isFile()) {
            err() << page.source << ": warning: the link " << href << " goes to a page that is not there" << Qt::endl;
            return href;
        }
        QUrl out(outputNameFor(target));
        out.setFragment(url.fragment());
        return out.toString();
    }

    static QString wrap(QString html)
    {
        // The body's font is the build machine's: the reader's own (or the viewer's) is better.
        static const QRegularExpression body(QStringLiteral("<body style=\"[^\"]*\">"));
        html.replace(body, QStringLiteral("<body>"));
        html.replace(QStringLiteral("</head>"),
                     QStringLiteral("<meta name=\"viewport\" content=\"width=device-width\" />\n"
                                    "<style type=\"text/css\">\n"
                                    "body { font-family: sans-serif; max-width: 52em; margin: 1em auto; padding: 0 1em; "
                                    "line-height: 1.4; }\n"
                                    "img { border: 1px solid #999; }\n"
                                    "table { border-collapse: collapse; }\n"
                                    "td, th { border: 1px solid #999; padding: 2px 6px; }\n"
                                    "pre { background: #f4f4f4; padding: 6px; }\n"
                                    "</style>\n</head>"));
        return html;
    }

    bool write(const Page &page, const QString &html)
    {
        QSaveFile file(QDir(m_out).filePath(page.output));
        if (!file.open(QIODevice::WriteOnly) || file.write(html.toUtf8()) < 0 || !file.commit()) {
            err() << "cannot write " << file.fileName() << ": " << file.errorString() << Qt::endl;
            return false;
        }
        return true;
    }

    QString m_out;
    QList<Page> m_queue;
    QHash<QString, QString> m_known;
};

} // namespace

int main(int argc, char **argv)
{
    // QTextDocument needs a GUI application for fonts; the build has no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        err() << "usage: hubdesk_manualhtml MANUAL.md OUTPUT_DIR" << Qt::endl;
        return 64;
    }
    const QString out = args.at(2);
    if (!QDir().mkpath(out)) {
        err() << "cannot make the folder " << out << Qt::endl;
        return 1;
    }
    return Converter(out).run(args.at(1)) ? 0 : 1;
}
