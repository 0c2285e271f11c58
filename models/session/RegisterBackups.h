#pragma once

#include "core/Result.h"
#include "store/RegisterRepository.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ropa::session {

// One backup of a register, as RegisterBackups finds it.
struct BackupFile
{
    QString path;
    QDateTime madeAt; // local time, from the file's name
    qint64 size = 0;
};

// Automatic rotating backups of a register file, in a folder beside it, and restoring one of them. Each backup is
// an encrypted copy that opens with the passphrase the register had when it was made.
class RegisterBackups
{
public:
    // The folder backups of registerPath go to: "<folder of register>/<file name> backups" (e.g. "kjm.ropa backups").
    static QString folderFor(const QString& registerPath);
    // Makes a new backup of the open repository in that folder, named "<base name> <yyyy-MM-dd HHmmss>.ropa", then
    // deletes the oldest so that at most keep remain. keep <= 0 makes none and returns a BackupFile with an empty
    // path.
    static Result<BackupFile> rotate(const store::RegisterRepository& repository, int keep);
    // The backups of registerPath, newest first.
    static QList<BackupFile> list(const QString& registerPath);
    // Replaces the (closed) register at registerPath by the backup: checks the backup opens with passphrase first,
    // keeps the replaced register as a backup too, and renames atomically.
    static Status restore(const QString& backupPath, const QString& registerPath, QByteArrayView passphrase);
};

} // namespace ropa::session
