#include "domain/InternationalTransfers.h"

#include <QLocale>
#include <QSet>
#include <QStringList>

namespace ropa {

bool InternationalTransfers::isUk(const QString& country)
{
    const QString c = country.trimmed().toUpper();
    return c.isEmpty() || c == u"GB" || c == u"UK";
}

QString InternationalTransfers::countryName(const QString& code)
{
    const QString c = code.trimmed();
    if (c.compare(u"UK", Qt::CaseInsensitive) == 0) {
        return QLocale::territoryToString(QLocale::UnitedKingdom);
    }
    if (c.size() != 2) {
        return c;
    }
    const QLocale::Territory territory = QLocale::codeToTerritory(c.toUpper());
    return territory == QLocale::AnyTerritory ? c : QLocale::territoryToString(territory);
}

QString InternationalTransfers::countryInSentence(const QString& code)
{
    const QString name = countryName(code);
    // The names English gives the article: unions, plurals and "the Isle of Man".
    static const QStringList withThe = {
        QStringLiteral("Netherlands"),        QStringLiteral("Philippines"), QStringLiteral("Bahamas"),
        QStringLiteral("Isle of Man"),        QStringLiteral("Maldives"),    QStringLiteral("Czech Republic"),
        QStringLiteral("Dominican Republic"), QStringLiteral("Gambia")};
    const bool the = name.startsWith(QLatin1StringView("United ")) || name.endsWith(QLatin1StringView(" Islands")) ||
        withThe.contains(name);
    return the ? QStringLiteral("the ") + name : name;
}

QList<InternationalTransfers::Unrecorded> InternationalTransfers::unrecorded(const Activity& activity,
                                                                             const RecipientLookup& recipient)
{
    QSet<QString> countries;
    for (const Transfer& t : activity.transfers) {
        countries.insert(t.country.trimmed().toUpper());
    }
    QList<Unrecorded> result;
    for (const QString& id : activity.recipients) {
        const Recipient* r = recipient(id);
        if (!r) {
            continue;
        }
        const QString country = r->country.trimmed().toUpper();
        if (!isUk(country) && !countries.contains(country)) {
            countries.insert(country);
            result.append({country, r});
        }
    }
    return result;
}

} // namespace ropa
