#pragma once

#include "domain/Register.h"

#include <QList>
#include <QSet>
#include <QString>

namespace ropa::report {

// What Articles 13 and 14 want a privacy notice to tell people and the register does not hold. The notice prints
// "Not recorded" in each such place; `ropa-cli export --format notice` names each gap, and with --strict refuses
// to write a notice that has any.
class NoticeGaps
{
public:
    enum class Item {
        ControllerName, // Art. 13(1)(a)
        ControllerContact, // Art. 13(1)(a)
        Purposes, // Art. 13(1)(c): no activity at all
        LawfulBasis, // Art. 13(1)(c)
        LegitimateInterest, // Art. 13(1)(d)
        TransferSafeguard, // Art. 13(1)(f)
        Retention, // Art. 13(2)(a)
        AutomatedDecisions, // Art. 13(2)(f): not assessed
        AutomatedDecisionSafeguards, // Art. 13(2)(f), 22(3)
        DataCategories, // Art. 14(1)(d)
        Sources, // Art. 14(2)(f)
    };

    struct Gap
    {
        Item item = Item::ControllerName;
        QString activityId; // the activity it concerns, empty for the organisation or a retention rule
        QString subject; // a transfer's ISO country code, or a retention rule's id
        QString article; // "Article 13(2)(a)"
        QString missing; // "the register does not say how long the information used for 'X' is kept"

        // "the register does not say ... (Article 13(2)(a)); the notice says 'Not recorded'."
        QString sentence() const;
    };

    explicit NoticeGaps(const Register& reg);

    const QList<Gap>& list() const { return m_gaps; }
    bool isEmpty() const { return m_gaps.isEmpty(); }
    // Whether there is a gap of this item for the activity (empty: the organisation), and for the subject if given.
    bool has(Item item, const QString& activityId = {}, const QString& subject = {}) const;

private:
    static QString key(Item item, const QString& activityId, const QString& subject);

    QList<Gap> m_gaps;
    QSet<QString> m_keys;
};

} // namespace ropa::report
