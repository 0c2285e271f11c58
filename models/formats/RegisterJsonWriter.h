#pragma once

#include "domain/Catalogue.h"
#include "domain/Register.h"
#include "domain/RegisterChange.h"

#include <QByteArray>
#include <optional>

namespace ropa::formats {

class JsonWriter;

// Writes a register as .ropa.json version 2 (docs/file-format.md), the same bytes for the same register.
class RegisterJsonWriter
{
public:
    static QByteArray write(const Register& reg);

    // The parts write() is made of, each as it stands in the file, so that EntryJson keeps one entry in the same form
    // from the same code. The organisation's details are fields of the top-level object: writeOrganisation writes them
    // into the object w has open. The others write one object where w expects a value.
    static void writeOrganisation(JsonWriter& w, const RegisterChange::UpdateOrganisation& organisation);
    static void writeEntry(JsonWriter& w, const CatalogueEntry& entry);
    // order is the activity's place in the file, from 1; without one the activity has no "order".
    static void writeActivity(JsonWriter& w, const Activity& activity, std::optional<qint64> order);
};

} // namespace ropa::formats
