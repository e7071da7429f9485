#include "databasecopy.h"

#include "database.h"
#include "sql.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace hubdesk {

Error DatabaseCopy::save(const Database &db, const QString &target)
{
    const QString shown = QDir::toNativeSeparators(target);
    const QFileInfo info(target);
    if (info.isDir())
        return Error::make(Error::Code::Io, tr("“%1” is a folder; choose a file name for the copy.").arg(shown));
    // An empty file made beside the target: VACUUM INTO accepts an empty file, and a
    // rename within one folder replaces the target whole.
    QTemporaryFile partial(info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".XXXXXX"));
    if (!partial.open())
        return Error::make(Error::Code::Io, tr("A copy cannot be saved in “%1”: %2.")
                                                .arg(QDir::toNativeSeparators(info.absolutePath()), partial.errorString()));
    partial.close();
    QSqlQuery q(db.connection());
    if (!q.prepare(QStringLiteral("VACUUM INTO ?"))) {
        return Error::make(Error::Code::Internal, tr("The copy could not be started: %1").arg(q.lastError().text()));
    }
    q.addBindValue(partial.fileName());
    if (!q.exec()) {
        QString reason = Sql::systemReason(Sql::handleOf(q.driver()));
        if (reason.isEmpty())
            reason = q.lastError().databaseText();
        return Error::make(Error::Code::Io, tr("The copy could not be saved to “%1” because %2. Nothing was left there, and the "
                                               "open database is unchanged.")
                                                .arg(shown, reason));
    }
    q.finish();
#ifdef Q_OS_UNIX
    // VACUUM INTO does not sync its output; the copy is what saves the user's work.
    QFile written(partial.fileName());
    if (written.open(QIODevice::ReadOnly))
        ::fsync(written.handle());
#endif
    if (std::rename(QFile::encodeName(partial.fileName()).constData(), QFile::encodeName(target).constData()) != 0)
        return Error::make(Error::Code::Io, tr("The copy could not be saved as “%1”: it was written, but could not be given that name.")
                                                .arg(shown));
    partial.setAutoRemove(false);
    return {};
}

} // namespace hubdesk
