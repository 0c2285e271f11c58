#pragma once

#include "store/EntryCodec.h"

namespace ropa::session {

// The codecs a store that keeps each entry as a document of its own is given; here, where both the store and the
// formats may be used, since the store may not know the formats.
class EntryCodecs
{
public:
    // Each entry as the JSON object it is in a .ropa.json file (formats::EntryJson).
    static store::EntryCodec json();
};

} // namespace ropa::session
