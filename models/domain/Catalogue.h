#pragma once

#include "domain/Register.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <variant>

namespace ropa {

// One entry of any of the five catalogues; the alternatives are in the order of Catalogue::Kind.
using CatalogueEntry = std::variant<DataCategory, SubjectCategory, Recipient, Source, RetentionRule>;

// The register's lists that activities refer to by id, handled alike: their fields by key, who uses an entry,
// and new, copied and removed entries. Lets one page, one model and one command serve all five.
class Catalogue
{
public:
    enum class Kind { DataCategories, Subjects, Recipients, Sources, RetentionRules };
    static constexpr int kKindCount = 5;

    struct Choice
    {
        QString key;
        QString name;
    };

    struct Field
    {
        // Period: a duration, typed and shown in words ("1 year 6 months"), stored as ISO 8601 ("P1Y6M").
        enum class Type { Line, Text, Choice, Period };
        QString key;
        QString label;
        Type type = Type::Line;
        QList<Choice> choices; // for Type::Choice
        QString toolTip;
    };

    static QList<Kind> kinds();
    // The kinds an activity refers to by a list of ids (all but retention, of which it names one).
    static QList<Kind> listKinds();
    static QList<Field> fields(Kind kind);
    // A stable key for the kind, for files and logs: "data_category", "subject_category", "recipient", "source",
    // "retention_rule".
    static QString kindKey(Kind kind);
    static std::optional<Kind> kindFromKey(QStringView key);
    // "recipient", "data category" ...: for sentences such as "Delete recipient 'FENSA'".
    static QString singular(Kind kind);
    // "Recipients", "Data categories" ...: page titles.
    static QString plural(Kind kind);

    // A field's label without its mnemonic ("Country"), or the key itself for a key the kind has no field for.
    static QString fieldName(Kind kind, const QString& key);
    // The field that names an entry and may not be empty: "description" for retention rules, else "name".
    static QString nameKey(Kind kind);

    static qsizetype count(const Register& reg, Kind kind);
    static QString id(const Register& reg, Kind kind, qsizetype row);
    static qsizetype indexOf(const Register& reg, Kind kind, const QString& id);
    // The name users know the entry by (a retention rule's description).
    static QString name(const Register& reg, Kind kind, qsizetype row);
    // A field's stored value (a choice's key) and the words a table shows for it.
    static QString value(const Register& reg, Kind kind, qsizetype row, const QString& key);
    static QString displayValue(const Register& reg, Kind kind, qsizetype row, const QString& key);
    static QString displayValue(const Register& reg, Kind kind, qsizetype row, const Field& field);

    // One entry as a value, and its parts.
    static CatalogueEntry entry(const Register& reg, Kind kind, qsizetype row);
    static Kind kindOf(const CatalogueEntry& entry);
    static QString idOf(const CatalogueEntry& entry);
    static QString nameOf(const CatalogueEntry& entry);
    static QString value(const CatalogueEntry& entry, const QString& key);
    // Sets a field by key; a choice's key that is not one of the field's choices leaves the field as it was.
    static void setValue(CatalogueEntry& entry, const QString& key, const QString& value);
    // A fresh entry named name, or a copy of the entry at copyOf renamed to name, with an id no entry of its kind
    // in reg has.
    static CatalogueEntry newEntry(const Register& reg, Kind kind, const QString& name, qsizetype copyOf = -1);

    // The list operations the register's changes are made of; each expects the change to fit (a new id, an
    // existing id, a row in range).
    static void insert(Register& reg, const CatalogueEntry& entry, qsizetype row);
    static void replace(Register& reg, const CatalogueEntry& entry);
    static void remove(Register& reg, Kind kind, const QString& id);

    // The ids an activity holds for this kind (retention: none or one), and a replacement list of them.
    static QStringList references(const Activity& activity, Kind kind);
    static void setReferences(Activity& activity, Kind kind, const QStringList& ids);
    // Indices of the activities that refer to the entry with this id, in register order.
    static QList<qsizetype> usedBy(const Register& reg, Kind kind, const QString& id);
    // The activity without its reference to id; unchanged when it had none.
    static Activity withoutReference(const Activity& activity, Kind kind, const QString& id);
};

} // namespace ropa
