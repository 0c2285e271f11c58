#include "domain/Catalogue.h"

#include "core/IdMaker.h"
#include "core/KeyTable.h"
#include "core/Overloaded.h"

#include <QCoreApplication>
#include <QSet>

namespace ropa {

namespace {

// The context the strings are translated in: lupdate reads it here too, so a translator's work reaches them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ropa::Catalogue)
};

// Calls work with the register's list of this kind, typed.
template <typename Reg, typename Work>
decltype(auto) withList(Reg& reg, Catalogue::Kind kind, Work work)
{
    switch (kind) {
    case Catalogue::Kind::DataCategories:
        return work(reg.dataCategories);
    case Catalogue::Kind::Subjects:
        return work(reg.subjectCategories);
    case Catalogue::Kind::Recipients:
        return work(reg.recipients);
    case Catalogue::Kind::Sources:
        return work(reg.sources);
    case Catalogue::Kind::RetentionRules:
        break;
    }
    return work(reg.retentionRules);
}

QList<Catalogue::Choice> specialChoices()
{
    QList<Catalogue::Choice> choices;
    for (SpecialCategory s : {SpecialCategory::None, SpecialCategory::Art9, SpecialCategory::Art10}) {
        choices.append({specialCategoryKey(s), specialCategoryName(s)});
    }
    return choices;
}

QList<Catalogue::Choice> recipientKindChoices()
{
    QList<Catalogue::Choice> choices;
    for (RecipientKind k : {RecipientKind::NotRecorded, RecipientKind::Processor, RecipientKind::Controller,
                            RecipientKind::JointController, RecipientKind::PublicAuthority, RecipientKind::Internal}) {
        choices.append({recipientKindKey(k), recipientKindName(k)});
    }
    return choices;
}

constexpr KeyTable<Catalogue::Kind, 5> kKindKeys({{
    {Catalogue::Kind::DataCategories, "data_category"},
    {Catalogue::Kind::Subjects, "subject_category"},
    {Catalogue::Kind::Recipients, "recipient"},
    {Catalogue::Kind::Sources, "source"},
    {Catalogue::Kind::RetentionRules, "retention_rule"},
}});

QString choiceName(const QList<Catalogue::Choice>& choices, const QString& key)
{
    for (const Catalogue::Choice& c : choices) {
        if (c.key == key) {
            return c.name;
        }
    }
    return key;
}

} // namespace

QList<Catalogue::Kind> Catalogue::kinds()
{
    return {Kind::DataCategories, Kind::Subjects, Kind::Recipients, Kind::Sources, Kind::RetentionRules};
}

QList<Catalogue::Kind> Catalogue::listKinds()
{
    return {Kind::Subjects, Kind::DataCategories, Kind::Recipients, Kind::Sources};
}

QList<Catalogue::Field> Catalogue::fields(Kind kind)
{
    using T = Field::Type;
    switch (kind) {
    case Kind::DataCategories:
        return {
            {QStringLiteral("name"),
             Text::tr("&Name"),
             T::Line,
             {},
             Text::tr("What the data is, such as \"Contact details\".")},
            {QStringLiteral("special"), Text::tr("&Sensitivity"), T::Choice, specialChoices(),
             Text::tr("Special category data (Art. 9) and criminal offence data (Art. 10) need a condition as well as "
                      "a lawful basis.")},
            {QStringLiteral("description"), Text::tr("Descr&iption"), T::Text, {}, {}}};
    case Kind::Recipients:
        return {
            {QStringLiteral("name"), Text::tr("&Name"), T::Line, {}, Text::tr("Who the data is disclosed to.")},
            {QStringLiteral("kind"), Text::tr("&Role"), T::Choice, recipientKindChoices(),
             Text::tr("A processor acts on your instructions; a controller decides for itself what it does with the "
                      "data.")},
            {QStringLiteral("country"),
             Text::tr("&Country"),
             T::Line,
             {},
             Text::tr("Two-letter country code, such as GB or US; leave empty when not known.")},
            {QStringLiteral("purpose"),
             Text::tr("&Purpose"),
             T::Text,
             {},
             Text::tr("Why the data is shared with them.")},
            {QStringLiteral("contract"),
             Text::tr("Con&tract"),
             T::Line,
             {},
             Text::tr("For a processor: where the Article 28 contract with them is kept, as a link or a document "
                      "reference.")}};
    case Kind::RetentionRules:
        return {
            {QStringLiteral("description"), Text::tr("Descr&iption"), T::Text, {}, Text::tr("What the rule covers.")},
            {QStringLiteral("period"),
             Text::tr("&Period"),
             T::Period,
             {},
             Text::tr("How long, such as 12 months, 6 years or 1 year 6 months.")},
            {QStringLiteral("trigger"),
             Text::tr("Fro&m"),
             T::Line,
             {},
             Text::tr("The event the period counts from, such as \"the end of the contract\".")}};
    case Kind::Subjects:
    case Kind::Sources:
        break;
    }
    return {{QStringLiteral("name"), Text::tr("&Name"), T::Line, {}, {}}};
}

QString Catalogue::fieldName(Kind kind, const QString& key)
{
    for (const Field& field : fields(kind)) {
        if (field.key == key) {
            return QString(field.label).remove(QLatin1Char('&'));
        }
    }
    return key;
}

QString Catalogue::kindKey(Kind kind)
{
    return kKindKeys.key(kind);
}

std::optional<Catalogue::Kind> Catalogue::kindFromKey(QStringView key)
{
    return kKindKeys.find(key);
}

QString Catalogue::singular(Kind kind)
{
    switch (kind) {
    case Kind::DataCategories:
        return Text::tr("data category");
    case Kind::Subjects:
        return Text::tr("data subject category");
    case Kind::Recipients:
        return Text::tr("recipient");
    case Kind::Sources:
        return Text::tr("source");
    case Kind::RetentionRules:
        break;
    }
    return Text::tr("retention rule");
}

QString Catalogue::plural(Kind kind)
{
    switch (kind) {
    case Kind::DataCategories:
        return Text::tr("Data categories");
    case Kind::Subjects:
        return Text::tr("Subjects");
    case Kind::Recipients:
        return Text::tr("Recipients");
    case Kind::Sources:
        return Text::tr("Sources");
    case Kind::RetentionRules:
        break;
    }
    return Text::tr("Retention");
}

qsizetype Catalogue::count(const Register& reg, Kind kind)
{
    return withList(reg, kind, [](const auto& list) { return list.size(); });
}

QString Catalogue::id(const Register& reg, Kind kind, qsizetype row)
{
    return withList(reg, kind, [row](const auto& list) { return list.at(row).id; });
}

qsizetype Catalogue::indexOf(const Register& reg, Kind kind, const QString& id)
{
    return withList(reg, kind, [&id](const auto& list) -> qsizetype {
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (list.at(i).id == id) {
                return i;
            }
        }
        return -1;
    });
}

QString Catalogue::nameKey(Kind kind)
{
    return kind == Kind::RetentionRules ? QStringLiteral("description") : QStringLiteral("name");
}

QString Catalogue::name(const Register& reg, Kind kind, qsizetype row)
{
    return value(reg, kind, row, nameKey(kind));
}

QString Catalogue::value(const Register& reg, Kind kind, qsizetype row, const QString& key)
{
    return value(entry(reg, kind, row), key);
}

QString Catalogue::displayValue(const Register& reg, Kind kind, qsizetype row, const QString& key)
{
    for (const Field& field : fields(kind)) {
        if (field.key == key) {
            return displayValue(reg, kind, row, field);
        }
    }
    return value(reg, kind, row, key);
}

QString Catalogue::displayValue(const Register& reg, Kind kind, qsizetype row, const Field& field)
{
    const QString stored = value(reg, kind, row, field.key);
    switch (field.type) {
    case Field::Type::Period: {
        const QString words = RetentionRule::periodInWords(stored);
        return words.isEmpty() ? stored : words;
    }
    case Field::Type::Choice:
        return choiceName(field.choices, stored);
    case Field::Type::Line:
    case Field::Type::Text:
        break;
    }
    return stored;
}

CatalogueEntry Catalogue::entry(const Register& reg, Kind kind, qsizetype row)
{
    return withList(reg, kind, [row](const auto& list) { return CatalogueEntry(list.at(row)); });
}

Catalogue::Kind Catalogue::kindOf(const CatalogueEntry& entry)
{
    return static_cast<Kind>(entry.index());
}

QString Catalogue::idOf(const CatalogueEntry& entry)
{
    return std::visit([](const auto& e) { return e.id; }, entry);
}

QString Catalogue::nameOf(const CatalogueEntry& entry)
{
    return value(entry, nameKey(kindOf(entry)));
}

QString Catalogue::value(const CatalogueEntry& entry, const QString& key)
{
    return std::visit(Overloaded{
                          [&key](const DataCategory& c) {
                              return key == u"special"    ? specialCategoryKey(c.special)
                                  : key == u"description" ? c.description
                                                          : c.name;
                          },
                          [](const SubjectCategory& c) { return c.name; },
                          [&key](const Recipient& r) {
                              return key == u"kind"    ? recipientKindKey(r.kind)
                                  : key == u"country"  ? r.country
                                  : key == u"purpose"  ? r.purpose
                                  : key == u"contract" ? r.contract
                                                       : r.name;
                          },
                          [](const Source& s) { return s.name; },
                          [&key](const RetentionRule& r) {
                              return key == u"period" ? r.period : key == u"trigger" ? r.trigger : r.description;
                          },
                      },
                      entry);
}

void Catalogue::setValue(CatalogueEntry& entry, const QString& key, const QString& value)
{
    std::visit(Overloaded{
                   [&](DataCategory& c) {
                       if (key != u"special") {
                           (key == u"description" ? c.description : c.name) = value;
                       } else if (const std::optional<SpecialCategory> special = specialCategoryFromKey(value)) {
                           c.special = *special;
                       }
                   },
                   [&](SubjectCategory& c) { c.name = value; },
                   [&](Recipient& r) {
                       if (key != u"kind") {
                           (key == u"country"        ? r.country
                                : key == u"purpose"  ? r.purpose
                                : key == u"contract" ? r.contract
                                                     : r.name) = value;
                       } else if (const std::optional<RecipientKind> kind = recipientKindFromKey(value)) {
                           r.kind = *kind;
                       }
                   },
                   [&](Source& s) { s.name = value; },
                   [&](RetentionRule& r) {
                       (key == u"period" ? r.period : key == u"trigger" ? r.trigger : r.description) = value;
                   },
               },
               entry);
}

CatalogueEntry Catalogue::newEntry(const Register& reg, Kind kind, const QString& name, qsizetype copyOf)
{
    QSet<QString> taken;
    for (qsizetype i = 0; i < count(reg, kind); ++i) {
        taken.insert(id(reg, kind, i));
    }
    CatalogueEntry fresh = withList(reg, kind, [copyOf](const auto& list) {
        using Entry = typename std::decay_t<decltype(list)>::value_type;
        return CatalogueEntry(copyOf >= 0 ? list.at(copyOf) : Entry{});
    });
    const QString newId = IdMaker::unique(name, QStringLiteral("entry"), taken);
    std::visit([&newId](auto& e) { e.id = newId; }, fresh);
    setValue(fresh, nameKey(kind), name);
    return fresh;
}

void Catalogue::insert(Register& reg, const CatalogueEntry& entry, qsizetype row)
{
    withList(reg, kindOf(entry), [&](auto& list) {
        using Entry = typename std::decay_t<decltype(list)>::value_type;
        list.insert(row, std::get<Entry>(entry));
    });
}

void Catalogue::replace(Register& reg, const CatalogueEntry& entry)
{
    const qsizetype row = indexOf(reg, kindOf(entry), idOf(entry));
    withList(reg, kindOf(entry), [&](auto& list) {
        using Entry = typename std::decay_t<decltype(list)>::value_type;
        list[row] = std::get<Entry>(entry);
    });
}

void Catalogue::remove(Register& reg, Kind kind, const QString& id)
{
    const qsizetype row = indexOf(reg, kind, id);
    withList(reg, kind, [row](auto& list) { list.removeAt(row); });
}

QStringList Catalogue::references(const Activity& a, Kind kind)
{
    switch (kind) {
    case Kind::DataCategories:
        return a.dataCategories;
    case Kind::Subjects:
        return a.subjectCategories;
    case Kind::Recipients:
        return a.recipients;
    case Kind::Sources:
        return a.sources;
    case Kind::RetentionRules:
        break;
    }
    return a.retention ? QStringList{*a.retention} : QStringList{};
}

void Catalogue::setReferences(Activity& a, Kind kind, const QStringList& ids)
{
    switch (kind) {
    case Kind::DataCategories:
        a.dataCategories = ids;
        return;
    case Kind::Subjects:
        a.subjectCategories = ids;
        return;
    case Kind::Recipients:
        a.recipients = ids;
        return;
    case Kind::Sources:
        a.sources = ids;
        return;
    case Kind::RetentionRules:
        a.retention = ids.isEmpty() ? std::nullopt : std::optional<QString>(ids.first());
        return;
    }
}

QList<qsizetype> Catalogue::usedBy(const Register& reg, Kind kind, const QString& id)
{
    QList<qsizetype> users;
    for (qsizetype i = 0; i < reg.activities.size(); ++i) {
        if (references(reg.activities.at(i), kind).contains(id)) {
            users.append(i);
        }
    }
    return users;
}

Activity Catalogue::withoutReference(const Activity& activity, Kind kind, const QString& id)
{
    Activity changed = activity;
    QStringList ids = references(activity, kind);
    ids.removeAll(id);
    setReferences(changed, kind, ids);
    return changed;
}

} // namespace ropa
