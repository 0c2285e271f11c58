#pragma once

#include "core/Result.h"
#include "domain/Activity.h"
#include "domain/Catalogue.h"
#include "domain/RegisterChange.h"

#include <QByteArray>
#include <QString>
#include <functional>

namespace ropa::store {

// How one entry of a register becomes bytes and back, for a store that keeps each entry as a document (the server
// store keeps them as JSON objects, one row each). The store does not know the interchange format: the layer that
// may use the formats hands this in. Encoding is canonical, so equal entries encode to equal bytes; decoding
// refuses what it does not know with one sentence naming the label.
struct EntryCodec
{
    std::function<QByteArray(const Activity&)> encodeActivity;
    std::function<Result<Activity>(const QByteArray&, const QString&)> decodeActivity;
    std::function<QByteArray(const CatalogueEntry&)> encodeEntry;
    std::function<Result<CatalogueEntry>(Catalogue::Kind, const QByteArray&, const QString&)> decodeEntry;
    // The organisation's details: controller, review date and reviewer, and the PECR uses declared.
    std::function<QByteArray(const RegisterChange::UpdateOrganisation&)> encodeOrganisation;
    std::function<Result<RegisterChange::UpdateOrganisation>(const QByteArray&, const QString&)> decodeOrganisation;
};

} // namespace ropa::store
