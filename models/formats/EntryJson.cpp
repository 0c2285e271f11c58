#include "formats/EntryJson.h"

#include "core/BoundedFile.h"
#include "formats/InputLimits.h"
#include "formats/JsonWriter.h"
#include "formats/RegisterJsonReader.h"
#include "formats/RegisterJsonWriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ropa::formats {

namespace {

// The context the strings are translated in: lupdate reads it here too, so a translator's work reaches them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ropa::formats::EntryJson)
};

// The file writer's output, indented and in the file's order of keys, made canonical. A QJsonObject keeps its keys
// sorted, and the entries hold no numbers, whose text could vary.
QByteArray canonical(const JsonWriter& w)
{
    return QJsonDocument::fromJson(w.result()).toJson(QJsonDocument::Compact);
}

// The one JSON value in json, or the sentence saying why there is none.
Result<QJsonValue> parse(const QByteArray& json, const QString& label)
{
    if (json.size() > InputLimits::kMaxEntryJsonBytes) {
        return Error{ErrorCode::InvalidInput,
                     Text::tr("%1 is over %2, the most an entry may be.")
                         .arg(label, BoundedFile::sizeText(InputLimits::kMaxEntryJsonBytes))};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt reports the offset just past the character it could not accept; point at that character.
        const qsizetype offset = std::max<qsizetype>(0, parseError.offset - 1);
        return Error{ErrorCode::InvalidInput,
                     Text::tr("%1: character %2: the entry is not valid JSON (%3).")
                         .arg(label)
                         .arg(QString::fromUtf8(json.left(offset)).size() + 1)
                         .arg(parseError.errorString())};
    }
    // A list is handed on so that the reader says it expected an object and found a list.
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

template <typename Part, typename Read>
Result<Part> decode(const QByteArray& json, const QString& label, Read read)
{
    const Result<QJsonValue> value = parse(json, label);
    if (!value) {
        return value.error();
    }
    return read(value.value());
}

} // namespace

QByteArray EntryJson::encodeActivity(const Activity& activity)
{
    JsonWriter w;
    RegisterJsonWriter::writeActivity(w, activity, std::nullopt);
    return canonical(w);
}

Result<Activity> EntryJson::decodeActivity(const QByteArray& json, const QString& label)
{
    return decode<Activity>(
        json, label, [&label](const QJsonValue& value) { return RegisterJsonReader::readActivity(value, label); });
}

QByteArray EntryJson::encodeEntry(const CatalogueEntry& entry)
{
    JsonWriter w;
    RegisterJsonWriter::writeEntry(w, entry);
    return canonical(w);
}

Result<CatalogueEntry> EntryJson::decodeEntry(Catalogue::Kind kind, const QByteArray& json, const QString& label)
{
    return decode<CatalogueEntry>(json, label, [kind, &label](const QJsonValue& value) {
        return RegisterJsonReader::readEntry(kind, value, label);
    });
}

QByteArray EntryJson::encodeOrganisation(const RegisterChange::UpdateOrganisation& organisation)
{
    JsonWriter w;
    w.beginObject();
    RegisterJsonWriter::writeOrganisation(w, organisation);
    w.endObject();
    return canonical(w);
}

Result<RegisterChange::UpdateOrganisation> EntryJson::decodeOrganisation(const QByteArray& json, const QString& label)
{
    return decode<RegisterChange::UpdateOrganisation>(
        json, label, [&label](const QJsonValue& value) { return RegisterJsonReader::readOrganisation(value, label); });
}

} // namespace ropa::formats
