#pragma once

#include "domain/Activity.h"
#include "domain/Recipient.h"

#include <QList>
#include <QString>
#include <functional>

namespace ropa {

// Where an activity's data goes outside the UK (Art. 30(1)(e), 13(1)(f)): the countries as people read them, and the
// recipients abroad that the activity's transfers leave out. The checks (RB012) and the privacy notice both ask.
class InternationalTransfers
{
public:
    // A recipient of the activity in a country outside the UK that none of its transfers names.
    struct Unrecorded
    {
        QString country; // upper-case ISO code, as the recipient gives it
        const Recipient* recipient = nullptr;
    };
    using RecipientLookup = std::function<const Recipient*(const QString& id)>;

    // "GB", "UK" or nothing recorded: no transfer.
    static bool isUk(const QString& country);
    // The country's English name from its ISO 3166 alpha-2 code ("US": "United States"); anything else as given.
    static QString countryName(const QString& code);
    // The name as it reads after "in" or "to": "the United States", "the Netherlands", "France".
    static QString countryInSentence(const QString& code);
    // The recipients abroad with no transfer to their country, the first recipient of each such country only, in the
    // activity's order; recipient finds a recipient by id (nullptr for an unknown one).
    static QList<Unrecorded> unrecorded(const Activity& activity, const RecipientLookup& recipient);
};

} // namespace ropa
