#pragma once

#include "core/Result.h"
#include "domain/Register.h"

#include <QString>

namespace ropa::formats {

// Reads an existing privacy notice (plain text, Markdown or HTML) into a new register: one activity per purpose with
// the lawful bases the notice gives it, from either a purpose list marked by a legend ("contract with you*, legal
// obligations**…") or a "Purpose/Activity | Type of data | Lawful basis" table.
class NoticeImporter
{
public:
    // fileLabel names the input in error messages, usually its path.
    static Result<Register> parse(const QString& text, const QString& fileLabel);
    // Reads UTF-8 (Latin-1 where the bytes are not valid UTF-8) and parses it, labelled with the native path.
    static Result<Register> readFile(const QString& path);
};

} // namespace ropa::formats
