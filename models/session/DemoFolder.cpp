#include "session/DemoFolder.h"

#include "formats/DemoRegister.h"
#include "report/DocumentKind.h"
#include "session/AuditAction.h"
#include "session/ExportDocument.h"
#include "session/RegisterDocument.h"
#include "session/RegisterLocation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>

namespace ropa::session {

QString DemoFolder::registerPath(const QString& dir)
{
    return QDir(dir).absoluteFilePath(QString::fromLatin1(kRegisterFileName));
}

Result<store::RegisterSnapshot> DemoFolder::write(const QString& dir, QByteArrayView passphrase, bool replace,
                                                  const QString& actor)
{
    const QDir folder(dir);
    if (!QDir().mkpath(folder.absolutePath())) {
        return Error{ErrorCode::Io,
                     QCoreApplication::translate("ropa::session::DemoFolder", "Cannot create the folder %1.")
                         .arg(QDir::toNativeSeparators(folder.absolutePath()))};
    }
    const RegisterLocation location(registerPath(dir));
    if (location.exists()) {
        if (!replace) {
            return Error{ErrorCode::Usage,
                         QCoreApplication::translate("ropa::session::DemoFolder", "%1 already exists.")
                             .arg(location.displayName())};
        }
        if (Status removed = location.remove(); !removed) {
            return removed.error();
        }
    }
    const Result<Register> demo = formats::DemoRegister::load();
    if (!demo) {
        return demo.error();
    }
    const Result<std::unique_ptr<store::RegisterRepository>> repository =
        location.create(passphrase, demo.value(), AuditAction::creating(demo.value(), actor));
    if (!repository) {
        return repository.error();
    }
    Result<store::RegisterSnapshot> snapshot = repository.value()->load();
    if (!snapshot) {
        return snapshot.error();
    }
    // The demo's register ends with its findings, to show what the checks make of a real policy.
    const report::DocumentInfo info{QDateTime::currentDateTimeUtc(), snapshot->info.revision,
                                    snapshot->info.fingerprint, true};
    for (const report::DocumentKind& kind : report::DocumentKind::all()) {
        if (Status written = ExportDocument::write(kind, snapshot->reg, info, folder.absoluteFilePath(kind.fileName),
                                                   location.text());
            !written) {
            return written.error();
        }
    }
    return snapshot;
}

Result<std::unique_ptr<RegisterDocument>> DemoFolder::openDocument(const QString& path, QByteArrayView passphrase)
{
    if (RegisterLocation(path).exists()) {
        return RegisterDocument::open(path, passphrase);
    }
    const Result<Register> demo = formats::DemoRegister::load();
    if (!demo) {
        return demo.error();
    }
    return RegisterDocument::create(path, passphrase, demo.value());
}

} // namespace ropa::session
