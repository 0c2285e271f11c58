#include "core/AtomicFile.h"

#include "core/Platform.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <filesystem>
#include <optional>
#include <system_error>

namespace ropa {

namespace {

namespace fs = std::filesystem;

// The context the strings are translated in: lupdate reads it here too, so a translator's work reaches them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ropa::AtomicFile)
};

fs::path fsPath(const QString& path)
{
    return fs::path(path.toStdU16String());
}

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

Error writeError(const QString& path, int err)
{
    return {ErrorCode::Io, Text::tr("Cannot write %1: %2.").arg(shown(path), Platform::errorText(err))};
}

// A name beside target for the new file while it is written, hidden and unlikely to be taken.
QString scratchNameFor(const QString& target)
{
    const QFileInfo info(target);
    return info.absoluteDir().filePath(QStringLiteral(".%1.%2.part")
                                           .arg(info.fileName())
                                           .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0')));
}

// The new file is written under a name of its own (or none, where the system allows) in the target's folder, flushed
// to the disk, then renamed over the target, so a reader only ever sees the old file or the whole new one.
Status replaceWhole(const QString& target, QByteArrayView bytes, std::optional<fs::perms> keepPermissions)
{
    const QString folder = QFileInfo(target).absolutePath();
    int fd = -1;
    if (const int err = Platform::createUnnamed(folder, &fd); err != 0) {
        return writeError(target, err);
    }
    const bool unnamed = fd >= 0;
    const QString scratch = scratchNameFor(target);
    if (!unnamed) {
        if (const int err = Platform::createNew(scratch, &fd); err != 0) {
            return writeError(target, err);
        }
    }
    int err = Platform::writeAll(fd, bytes);
    if (err == 0) {
        err = Platform::syncFile(fd);
    }
    bool named = !unnamed;
    if (err == 0 && unnamed) {
        err = Platform::nameFile(fd, scratch);
        named = err == 0;
    }
    if (const int closed = Platform::closeFile(fd); err == 0) {
        err = closed;
    }
    if (err == 0 && keepPermissions) {
        std::error_code ignored;
        fs::permissions(fsPath(scratch), *keepPermissions, ignored);
    }
    if (err == 0) {
        err = Platform::replaceFile(scratch, target);
    }
    if (err != 0) {
        if (named) {
            std::error_code ignored;
            fs::remove(fsPath(scratch), ignored);
        }
        return writeError(target, err);
    }
    Platform::syncFolder(folder);
    return {};
}

// A device or a pipe: the bytes go in as they are; nothing is created, truncated or renamed.
Status writeStream(const QString& path, QByteArrayView bytes)
{
    int fd = -1;
    if (const int err = Platform::openForWriting(path, &fd); err != 0) {
        return writeError(path, err);
    }
    int err = Platform::writeAll(fd, bytes);
    if (const int closed = Platform::closeFile(fd); err == 0) {
        err = closed;
    }
    return err == 0 ? Status{} : writeError(path, err);
}

} // namespace

Status AtomicFile::write(const QString& path, QByteArrayView bytes)
{
    std::error_code ec;
    const fs::file_status status = fs::status(fsPath(path), ec); // follows links to what they name
    switch (status.type()) {
    case fs::file_type::not_found:
        if (fs::is_symlink(fs::symlink_status(fsPath(path), ec))) {
            return Error{ErrorCode::Io,
                         Text::tr("Cannot write %1: it is a link to a file that does not exist; it was left alone.")
                             .arg(shown(path))};
        }
        return replaceWhole(QFileInfo(path).absoluteFilePath(), bytes, std::nullopt);
    case fs::file_type::regular: {
        // A link stays a link: the file it names is replaced.
        const fs::path real = fs::canonical(fsPath(path), ec);
        if (ec) {
            return writeError(path, ec.value());
        }
        return replaceWhole(QString::fromStdU16String(real.u16string()), bytes, status.permissions());
    }
    case fs::file_type::character:
    case fs::file_type::fifo:
        return writeStream(path, bytes);
    case fs::file_type::directory:
        return Error{ErrorCode::Io, Text::tr("Cannot write %1: it is a folder.").arg(shown(path))};
    case fs::file_type::none:
        return writeError(path, ec.value());
    default:
        return Error{ErrorCode::Io,
                     Text::tr("Cannot write %1: it is neither a file nor a device or pipe; it was left alone.")
                         .arg(shown(path))};
    }
}

Status AtomicFile::writeStandardOutput(QByteArrayView bytes)
{
    if (const int err = Platform::writeAll(Platform::standardOutput(), bytes); err != 0) {
        return Error{ErrorCode::Io, Text::tr("Cannot write to standard output: %1.").arg(Platform::errorText(err))};
    }
    return {};
}

bool AtomicFile::isSameFile(const QString& a, const QString& b)
{
    std::error_code ec;
    return fs::equivalent(fsPath(a), fsPath(b), ec) && !ec;
}

} // namespace ropa
