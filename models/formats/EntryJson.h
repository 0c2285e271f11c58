#pragma once

#include "core/Result.h"
#include "domain/Activity.h"
#include "domain/Catalogue.h"
#include "domain/RegisterChange.h"

#include <QByteArray>
#include <QString>

namespace ropa::formats {

// One entry of a register (an activity, a catalogue entry, the organisation's details) as a JSON document of its own,
// for a store that keeps each entry as a row: the same object the entry is in a .ropa.json file (docs/file-format.md),
// written and read by the same code, without an activity's "order", which the store keeps itself. The bytes are
// canonical (compact, keys sorted), so equal entries give equal bytes. Decoding makes the file reader's checks, but
// an activity's references are checked for their form only (the entries they name are in other rows), and refuses
// more than InputLimits::kMaxEntryJsonBytes unread; any problem is one sentence naming the label and the JSON path,
// and a value it does not know is refused, never replaced by a default.
// The functions have the signatures of store::EntryCodec; session::EntryCodecs puts them together.
class EntryJson
{
public:
    static QByteArray encodeActivity(const Activity& activity);
    static Result<Activity> decodeActivity(const QByteArray& json, const QString& label);
    static QByteArray encodeEntry(const CatalogueEntry& entry);
    static Result<CatalogueEntry> decodeEntry(Catalogue::Kind kind, const QByteArray& json, const QString& label);
    // The fields of the top-level object that hold them: "controller", "last_reviewed", "reviewed_by" and
    // "pecr_declared".
    static QByteArray encodeOrganisation(const RegisterChange::UpdateOrganisation& organisation);
    static Result<RegisterChange::UpdateOrganisation> decodeOrganisation(const QByteArray& json, const QString& label);
};

} // namespace ropa::formats
