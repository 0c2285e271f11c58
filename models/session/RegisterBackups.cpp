#include "session/RegisterBackups.h"

#include "core/AtomicFile.h"
#include "core/Platform.h"
#include "store/sqlcipher/SqlCipherRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <algorithm>

namespace ropa::session {

namespace {

// The context the strings are translated in: lupdate reads it here too, so a translator's work reaches them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ropa::session::RegisterBackups)
};

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

const QString kStampFormat = QStringLiteral("yyyy-MM-dd HHmmss");
constexpr qsizetype kStampLength = 17;

// "<base name> " : what every backup's name of the register at registerPath begins with.
QString prefixFor(const QString& registerPath)
{
    return QFileInfo(registerPath).completeBaseName() + QLatin1Char(' ');
}

// A name in the backups folder of registerPath made at `at`: "<base> <stamp><extra>.ropa", or with " 2", " 3", ...
// after extra, one more than any backup of the same second has (even one deleted since would not be reused), so
// that the order of the names is the order they were made in.
QString freshName(const QString& registerPath, const QDateTime& at, const QString& extra)
{
    const QDir folder(RegisterBackups::folderFor(registerPath));
    const QString stem = prefixFor(registerPath) + at.toString(kStampFormat) + extra;
    int last = 0;
    for (const QString& name : folder.entryList({stem + QStringLiteral("*.ropa")}, QDir::Files)) {
        const QString rest = name.mid(stem.size()).chopped(5); // ".ropa"
        bool numbered = false;
        const int number = rest.trimmed().toInt(&numbered);
        last = std::max(last, rest.isEmpty() ? 1 : numbered ? number : 0);
    }
    return folder.filePath(last == 0 ? stem + QStringLiteral(".ropa")
                                     : stem + QStringLiteral(" %1.ropa").arg(last + 1));
}

// Copies the (encrypted) bytes of from to the new file to, synced, or names the problem.
Status copyFile(const QString& from, const QString& to)
{
    QFile source(from);
    if (!source.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::Io, Text::tr("Cannot read %1: %2.").arg(shown(from), source.errorString())};
    }
    const QByteArray bytes = source.readAll();
    if (source.error() != QFileDevice::NoError) {
        return Error{ErrorCode::Io, Text::tr("Cannot read %1: %2.").arg(shown(from), source.errorString())};
    }
    if (QFileInfo::exists(to)) {
        return Error{ErrorCode::Usage, Text::tr("%1 already exists.").arg(shown(to))};
    }
    return AtomicFile::write(to, bytes);
}

} // namespace

QString RegisterBackups::folderFor(const QString& registerPath)
{
    const QFileInfo info(registerPath);
    return info.absoluteDir().filePath(info.fileName() + QStringLiteral(" backups"));
}

Result<BackupFile> RegisterBackups::rotate(const store::RegisterRepository& repository, int keep)
{
    if (keep <= 0) {
        return BackupFile{};
    }
    const QString registerPath = repository.location();
    const QString folder = folderFor(registerPath);
    if (!QDir().mkpath(folder)) {
        return Error{ErrorCode::Io, Text::tr("Cannot create the backup folder %1.").arg(shown(folder))};
    }
    const QDateTime now = QDateTime::currentDateTime();
    const QString path = freshName(registerPath, now, QString());
    if (Status status = repository.backUp(path); !status) {
        return status.error();
    }
    const QList<BackupFile> all = list(registerPath);
    for (qsizetype i = keep; i < all.size(); ++i) {
        if (!QFile::remove(all.at(i).path)) {
            return Error{ErrorCode::Io,
                         Text::tr("Made the backup %1, but cannot delete the old backup %2.")
                             .arg(shown(path), shown(all.at(i).path))};
        }
    }
    return BackupFile{path, QDateTime::fromString(now.toString(kStampFormat), kStampFormat), QFileInfo(path).size()};
}

QList<BackupFile> RegisterBackups::list(const QString& registerPath)
{
    const QDir folder(folderFor(registerPath));
    const QString prefix = prefixFor(registerPath);
    QList<std::pair<BackupFile, int>> found;
    for (const QFileInfo& info : folder.entryInfoList({QStringLiteral("*.ropa")}, QDir::Files)) {
        const QString name = info.fileName();
        if (!name.startsWith(prefix)) {
            continue;
        }
        const QDateTime at = QDateTime::fromString(name.mid(prefix.size(), kStampLength), kStampFormat);
        if (!at.isValid()) {
            continue;
        }
        // Backups of one second are numbered " 2", " 3", ... after the stamp (and any words after it) in the order
        // made.
        const QString rest = info.completeBaseName().mid(prefix.size() + kStampLength);
        bool numbered = false;
        const int number = rest.section(QLatin1Char(' '), -1).toInt(&numbered);
        found.append({{info.absoluteFilePath(), at, info.size()}, numbered ? number : 1});
    }
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
        return a.first.madeAt != b.first.madeAt ? a.first.madeAt > b.first.madeAt : a.second > b.second;
    });
    QList<BackupFile> backups;
    for (const auto& [file, number] : found) {
        backups.append(file);
    }
    return backups;
}

Status RegisterBackups::restore(const QString& backupPath, const QString& registerPath, QByteArrayView passphrase)
{
    if (!QFileInfo(backupPath).isFile()) {
        return Error{ErrorCode::Io, Text::tr("The backup %1 does not exist.").arg(shown(backupPath))};
    }
    if (AtomicFile::isSameFile(backupPath, registerPath)) {
        return Error{ErrorCode::Usage,
                     Text::tr("%1 is the register itself, not a backup of it.").arg(shown(backupPath))};
    }
    // The register's own lock keeps every other window and process out while it is replaced.
    QLockFile lock(registerPath + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        return Error{ErrorCode::Locked,
                     Text::tr("%1 is open in RoPA Manager; close it there before restoring a backup over it.")
                         .arg(shown(registerPath))};
    }
    {
        // The backup must open, with this passphrase, and read whole, before anything is replaced.
        auto backup = store::sqlcipher::SqlCipherRepository::open(backupPath, passphrase);
        if (!backup) {
            return backup.error();
        }
        if (const auto snapshot = backup.value()->load(); !snapshot) {
            return snapshot.error();
        }
    }
    const QString folder = folderFor(registerPath);
    const QString journal = registerPath + QStringLiteral("-journal");
    if (QFileInfo::exists(registerPath)) {
        // The register being replaced stays as a backup too, with its journal where a crash left one.
        if (!QDir().mkpath(folder)) {
            return Error{ErrorCode::Io, Text::tr("Cannot create the backup folder %1.").arg(shown(folder))};
        }
        const QString kept = freshName(registerPath, QDateTime::currentDateTime(), Text::tr(" before restore"));
        if (Status status = copyFile(registerPath, kept); !status) {
            return status;
        }
        if (QFileInfo::exists(journal)) {
            if (const int err = Platform::renameNew(journal, kept + QStringLiteral("-journal")); err != 0) {
                return Error{
                    ErrorCode::Io,
                    Text::tr("Cannot move the journal %1 aside: %2.").arg(shown(journal), Platform::errorText(err))};
            }
        }
    }
    // AtomicFile writes the backup's bytes under a hidden name, syncs them and renames them over the register in
    // one step, so the register is the old one or the restored one whatever happens.
    QFile source(backupPath);
    if (!source.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::Io, Text::tr("Cannot read %1: %2.").arg(shown(backupPath), source.errorString())};
    }
    const QByteArray bytes = source.readAll();
    if (source.error() != QFileDevice::NoError) {
        return Error{ErrorCode::Io, Text::tr("Cannot read %1: %2.").arg(shown(backupPath), source.errorString())};
    }
    return AtomicFile::write(registerPath, bytes);
}

} // namespace ropa::session
