#pragma once

#include "core/Result.h"
#include "domain/Catalogue.h"
#include "domain/Register.h"
#include "domain/RegisterChange.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace ropa::formats {

// Reads .ropa.json version 2, and version 1 migrated (docs/file-format.md); any problem is one sentence naming the file
// and the JSON path.
class RegisterJsonReader
{
public:
    static constexpr const char* kFormat = "ropa-register";
    static constexpr int kVersion = 2;

    // fileLabel names the input in error messages, usually its path.
    static Result<Register> read(const QByteArray& json, const QString& fileLabel);
    static Result<Register> readFile(const QString& path);

    // The parts read() is made of, each read on its own from the value it is in a file, so that EntryJson reads one
    // entry with the same code and the same messages; a problem's path starts inside the value. The catalogues an
    // activity refers to are not at hand, so only the form of its references is checked; and its place is kept
    // elsewhere, so it has no "order". The organisation's details are an object of the top-level fields that hold
    // them: "controller", "last_reviewed", "reviewed_by" and "pecr_declared".
    static Result<Activity> readActivity(const QJsonValue& value, const QString& label);
    static Result<CatalogueEntry> readEntry(Catalogue::Kind kind, const QJsonValue& value, const QString& label);
    static Result<RegisterChange::UpdateOrganisation> readOrganisation(const QJsonValue& value, const QString& label);
};

} // namespace ropa::formats
