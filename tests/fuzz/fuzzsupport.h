#pragma once

// What every libFuzzer target of HubDesk shares: a QCoreApplication (Qt Sql finds its
// driver plugins through it), a private scratch folder on a RAM disk when there is one
// (the XLSX and database readers take paths, not bytes), and a byte-exact file writer.

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>

namespace hubdesk::fuzz {

inline QCoreApplication *startQt(int *argc, char ***argv)
{
    // Qt keeps the references; libFuzzer's own argc/argv live as long as the process.
    static QCoreApplication *app = new QCoreApplication(*argc, *argv);
    return app;
}

// A folder that lives as long as the process; /dev/shm keeps the disk out of the loop.
inline QString scratchFolder()
{
    static std::unique_ptr<QTemporaryDir> dir = [] {
        const QString base = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm")
                                                                        : QDir::tempPath();
        auto d = std::make_unique<QTemporaryDir>(base + QStringLiteral("/hubdesk-fuzz-XXXXXX"));
        if (!d->isValid())
            abort();
        return d;
    }();
    return dir->path();
}

// Writes \a bytes to \a path, replacing what was there; aborts when it cannot (a broken
// harness must not look like a clean run).
inline void writeFile(const QString &path, const uint8_t *data, size_t size)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        abort();
    if (size > 0 && f.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
        abort();
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray("<unreadable>");
    return f.readAll();
}

// A cheap choice from the input (its last byte), so that one corpus file is read in
// several ways without a prefix that would make the seeds unlike real files.
inline unsigned pick(const uint8_t *data, size_t size)
{
    return size == 0 ? 0u : data[size - 1];
}

} // namespace hubdesk::fuzz
