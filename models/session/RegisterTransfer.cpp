#include "session/RegisterTransfer.h"

#include "session/AuditAction.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace ropa::session {

Result<qint64> RegisterTransfer::copy(const store::RegisterSnapshot& snapshot, const QString& from,
                                      const RegisterLocation& target, QByteArrayView targetSecret, Mode mode,
                                      const QString& actor)
{
    store::AuditRecord audit = AuditAction::record(
        AuditAction::kImportRegister,
        {{QStringLiteral("source"), RegisterLocation(from).isServer() ? from : QFileInfo(from).fileName()},
         {QStringLiteral("activities"), qint64{snapshot.reg.activities.size()}}});
    audit.actor = actor;
    const bool targetThere = target.isServer() ? mode == Mode::ReplaceExisting : target.exists();
    if (targetThere && mode == Mode::NewOnly) {
        return Error{ErrorCode::Usage,
                     QCoreApplication::translate("ropa::session::RegisterTransfer",
                                                 "%1 already exists; choose a new name, or replace "
                                                 "its content. Nothing was written.")
                         .arg(target.displayName())};
    }
    if (targetThere) {
        Result<std::unique_ptr<store::RegisterRepository>> opened = target.open(targetSecret);
        if (opened) {
            const Result<store::RegisterInfo> info = opened.value()->info();
            if (!info) {
                return info.error();
            }
            return opened.value()->replace(snapshot.reg, info->revision, audit);
        }
        // A server that has no such register gets a new one; anything else is the reason to stop.
        if (!target.isServer() || opened.error().code != ErrorCode::NotARegister) {
            return opened.error();
        }
    }
    const Result<std::unique_ptr<store::RegisterRepository>> created = target.create(targetSecret, snapshot.reg, audit);
    if (!created) {
        return created.error();
    }
    const Result<store::RegisterInfo> info = created.value()->info();
    if (!info) {
        return info.error();
    }
    return info->revision;
}

} // namespace ropa::session
