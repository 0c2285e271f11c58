#pragma once

#include "core/Result.h"
#include "domain/Register.h"
#include "session/RegisterLocation.h"

#include <QByteArrayView>
#include <QString>

namespace ropa::session {

// Puts a register read from somewhere else (a .ropa.json export, a privacy notice) into a stored register.
class ImportRegister
{
public:
    enum class Mode { OnlyIntoEmpty, ReplaceExisting };

    struct Outcome
    {
        qsizetype activities = 0;
        bool created = false; // no register was at the location before
    };

    // A .ropa.json export read for importing, or the sentence that says what is wrong with it.
    static Result<Register> readExport(const QString& path);

    // A new register when there is none at location, else its content replaced: one that is not empty only with
    // Mode::ReplaceExisting. All or nothing: a register this creates is removed again if the import fails. source
    // names the input in the audit log.
    static Result<Outcome> run(const RegisterLocation& location, QByteArrayView passphrase, const Register& incoming,
                               const QString& source, Mode mode, const QString& actor);
};

} // namespace ropa::session
