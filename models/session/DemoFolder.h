#pragma once

#include "core/Result.h"
#include "store/RegisterRepository.h"

#include <QByteArrayView>
#include <QString>
#include <memory>

namespace ropa::session {

class RegisterDocument;

// The KJM Group demo: a fresh encrypted register made from the bundled demo and every document made from it, in
// one folder (`ropa-cli demo`, `./dev.sh run`).
class DemoFolder
{
public:
    static constexpr const char* kRegisterFileName = "kjm-group.ropa";

    // The path of the demo register in dir.
    static QString registerPath(const QString& dir);
    // Writes the register and the documents into dir, creating it if need be. A demo register already there is
    // replaced only when replace is set. Returns the register as written.
    static Result<store::RegisterSnapshot> write(const QString& dir, QByteArrayView passphrase, bool replace,
                                                 const QString& actor);
    // The demo register at path opened for editing, made from the bundled demo first if there is none.
    static Result<std::unique_ptr<RegisterDocument>> openDocument(const QString& path, QByteArrayView passphrase);
};

} // namespace ropa::session
