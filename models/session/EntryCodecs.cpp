#include "session/EntryCodecs.h"

#include "formats/EntryJson.h"

namespace ropa::session {

store::EntryCodec EntryCodecs::json()
{
    using formats::EntryJson;
    return store::EntryCodec{
        .encodeActivity = &EntryJson::encodeActivity,
        .decodeActivity = &EntryJson::decodeActivity,
        .encodeEntry = &EntryJson::encodeEntry,
        .decodeEntry = &EntryJson::decodeEntry,
        .encodeOrganisation = &EntryJson::encodeOrganisation,
        .decodeOrganisation = &EntryJson::decodeOrganisation,
    };
}

} // namespace ropa::session
