#pragma once

#include "../storage/error.h"
#include "vcardcontact.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <memory>

class QFile;
class QIODevice;

namespace hubdesk {

// Reads vCard 2.1, 3.0 and 4.0 files card by card, never whole, so that an export
// of thousands of contacts (photos included) reads in little memory. A broken card
// is reported with its line and skipped; reading goes on with the next card.
class VCardReader
{
public:
    // Reads from \a device, which must be open for reading and outlive the reader.
    explicit VCardReader(QIODevice *device);
    // Opens the file at \a path; error() says when it cannot be opened.
    explicit VCardReader(const QString &path);
    ~VCardReader();
    VCardReader(const VCardReader &) = delete;
    VCardReader &operator=(const VCardReader &) = delete;

    // The character set of text that has no CHARSET label and is not UTF-8 (old
    // Windows exports). Windows-1251 unless set: most such files our users have are.
    void setFallbackCharset(const QByteArray &charset);

    // The next good card; false at the end of the file or when it cannot be read further.
    bool next(VCardContact *contact);
    // Why reading stopped early (the file cannot be opened or read); none at a normal end.
    Error error() const;
    // What was wrong in the cards read so far, in file order, each naming its line.
    const QList<VCardProblem> &problems() const;
    // How far the reading is, in bytes, for a progress bar (0 when the size is unknown).
    qint64 position() const;
    qint64 size() const;

private:
    struct Line; // a logical line, unfolded (defined in the .cpp)

    bool readPhysical(QByteArray *text, qint64 *number);
    bool readLogical(Line *line);
    void report(qint64 line, const QString &message);

    std::unique_ptr<QFile> m_file;
    QIODevice *m_device = nullptr;
    QByteArray m_fallbackCharset = QByteArrayLiteral("windows-1251");
    Error m_error;
    QList<VCardProblem> m_problems;
    qint64 m_lineNumber = 0; // physical lines read so far
    QByteArray m_pending; // a physical line read ahead, not yet used
    qint64 m_pendingNumber = 0;
    bool m_hasPending = false;
    qint64 m_outsideReported = -1; // the last line of text outside cards that was reported
    QSet<QByteArray> m_unknownCharsets; // reported once a file, not once a card
};

} // namespace hubdesk
