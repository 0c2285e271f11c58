#pragma once

#include "domain/Register.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ropa::document {

// The register's lists that activities refer to by id, handled alike: their fields by key, who uses an entry,
// and new, copied and removed entries. Lets one page, one model and one command serve all five.
class Catalogue
{
public:
    enum class Kind { DataCategories, Subjects, Recipients, Sources, RetentionRules };

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
    static QList<Field> fields(Kind kind);
    // "recipient", "data category" ...: for sentences such as "Delete recipient 'FENSA'".
    static QString singular(Kind kind);
    // "Recipients", "Data categories" ...: page titles.
    static QString plural(Kind kind);

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
    static void setValue(Register& reg, Kind kind, qsizetype row, const QString& key, const QString& value);

    // The ids an activity holds for this kind (retention: none or one), and a replacement list of them.
    static QStringList references(const Activity& activity, Kind kind);
    static void setReferences(Activity& activity, Kind kind, const QStringList& ids);
    // Indices of the activities that refer to the entry with this id, in register order.
    static QList<qsizetype> usedBy(const Register& reg, Kind kind, const QString& id);
    // The activity without its reference to id; unchanged when it had none.
    static Activity withoutReference(const Activity& activity, Kind kind, const QString& id);

    // Adds an entry at row: a copy of the entry at copyOf when that is set, else a fresh one named name. Its id is
    // new and unique in the register; returns it.
    static QString insert(Register& reg, Kind kind, qsizetype row, const QString& name, qsizetype copyOf = -1);
    static void remove(Register& reg, Kind kind, qsizetype row);

    // The register without its activities: the part the header commands replace.
    static Register headerOf(const Register& reg);
    // Puts header's controller and catalogues into reg, leaving reg's activities as they are.
    static void setHeader(Register& reg, const Register& header);
};

} // namespace ropa::document
