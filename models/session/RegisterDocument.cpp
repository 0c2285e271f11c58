#include "session/RegisterDocument.h"

#include "core/Overloaded.h"
#include "domain/Fingerprint.h"
#include "session/Actor.h"
#include "session/AddActivityCommand.h"
#include "session/AddCatalogueEntryCommand.h"
#include "session/AuditAction.h"
#include "session/ChangeActivityCommand.h"
#include "session/ChangeCatalogueEntryCommand.h"
#include "session/ChangeOrganisationCommand.h"
#include "session/MoveActivityCommand.h"
#include "session/RegisterLocation.h"
#include "session/RemoveActivityCommand.h"
#include "session/RemoveCatalogueEntryCommand.h"
#include "store/RegisterRepository.h"

#include <QDateTime>
#include <QTimer>
#include <QUndoStack>

namespace ropa::session {

RegisterDocument::RegisterDocument(std::unique_ptr<store::RegisterRepository> repository,
                                   store::RegisterSnapshot snapshot, QString actor)
    : m_repository(std::move(repository))
    , m_register(std::move(snapshot.reg))
    , m_revision(snapshot.info.revision)
    , m_actor(std::move(actor))
    , m_undoStack(new QUndoStack(this))
{ }

RegisterDocument::~RegisterDocument()
{
    // Commands refer to this document; they must go before it does.
    delete m_undoStack;
}

Result<std::unique_ptr<RegisterDocument>> RegisterDocument::open(const QString& location, QByteArrayView passphrase)
{
    Result<std::unique_ptr<store::RegisterRepository>> repository = RegisterLocation(location).open(passphrase);
    if (!repository) {
        return repository.error();
    }
    Result<store::RegisterSnapshot> snapshot = repository.value()->load();
    if (!snapshot) {
        return snapshot.error();
    }
    return std::make_unique<RegisterDocument>(std::move(repository.value()), std::move(snapshot.value()),
                                              Actor::current());
}

Result<std::unique_ptr<RegisterDocument>> RegisterDocument::create(const QString& location, QByteArrayView passphrase,
                                                                   const Register& reg)
{
    const store::AuditRecord audit = AuditAction::creating(reg, Actor::current());
    Result<std::unique_ptr<store::RegisterRepository>> repository =
        RegisterLocation(location).create(passphrase, reg, audit);
    if (!repository) {
        return repository.error();
    }
    Result<store::RegisterSnapshot> snapshot = repository.value()->load();
    if (!snapshot) {
        return snapshot.error();
    }
    return std::make_unique<RegisterDocument>(std::move(repository.value()), std::move(snapshot.value()), audit.actor);
}

QString RegisterDocument::path() const
{
    return m_repository->location();
}

Result<Register> RegisterDocument::storedRegister() const
{
    Result<store::RegisterSnapshot> snapshot = m_repository->load();
    if (!snapshot) {
        return snapshot.error();
    }
    return std::move(snapshot->reg);
}

report::DocumentInfo RegisterDocument::documentInfo() const
{
    return {QDateTime::currentDateTimeUtc(), m_revision, Fingerprint::of(m_register)};
}

Result<QList<store::AuditEntry>> RegisterDocument::auditEntries() const
{
    return m_repository->auditLog();
}

void RegisterDocument::changeActivity(qsizetype index, const Activity& changed, const QString& actionText)
{
    m_undoStack->push(new ChangeActivityCommand(*this, index, changed, actionText));
}

void RegisterDocument::setBasis(qsizetype index, Basis basis, bool on)
{
    Activity changed = m_register.activities.at(index);
    if (changed.hasBasis(basis) == on) {
        return;
    }
    if (on) {
        changed.bases.append({basis, {}, std::nullopt});
        std::stable_sort(changed.bases.begin(), changed.bases.end(),
                         [](const LawfulBasis& a, const LawfulBasis& b) { return a.basis < b.basis; });
    } else {
        changed.bases.removeIf([basis](const LawfulBasis& b) { return b.basis == basis; });
    }
    changeActivity(index, changed, tr("Change basis of '%1'").arg(changed.purpose.simplified()));
}

void RegisterDocument::insertActivity(qsizetype index, const Activity& activity)
{
    m_undoStack->push(new AddActivityCommand(*this, index, activity));
}

void RegisterDocument::removeActivity(qsizetype index)
{
    m_undoStack->push(new RemoveActivityCommand(*this, index));
}

void RegisterDocument::moveActivity(qsizetype from, qsizetype to)
{
    if (from != to) {
        m_undoStack->push(new MoveActivityCommand(*this, from, to));
    }
}

void RegisterDocument::setCatalogueValue(Catalogue::Kind kind, qsizetype row, const QString& key, const QString& value)
{
    if (Catalogue::value(m_register, kind, row, key) != value) {
        m_undoStack->push(new ChangeCatalogueEntryCommand(*this, kind, row, key, value));
    }
}

QString RegisterDocument::insertCatalogueEntry(Catalogue::Kind kind, qsizetype row, const QString& name,
                                               qsizetype copyOf)
{
    const CatalogueEntry entry = Catalogue::newEntry(m_register, kind, name, copyOf);
    m_undoStack->push(new AddCatalogueEntryCommand(*this, entry, row, copyOf >= 0));
    return Catalogue::idOf(entry);
}

void RegisterDocument::removeCatalogueEntry(Catalogue::Kind kind, qsizetype row)
{
    m_undoStack->push(new RemoveCatalogueEntryCommand(*this, kind, row));
}

void RegisterDocument::changeOrganisation(const Controller& controller, const std::optional<QDate>& lastReviewed)
{
    if (controller != m_register.controller || lastReviewed != m_register.lastReviewed) {
        m_undoStack->push(new ChangeOrganisationCommand(*this, controller, lastReviewed));
    }
}

Result<QList<RegisterChange>> RegisterDocument::apply(const QList<RegisterChange>& changes, store::AuditRecord audit)
{
    audit.actor = m_actor;
    const Result<qint64> revision = m_repository->apply(changes, m_revision, audit);
    if (!revision) {
        return revision.error();
    }
    m_revision = revision.value();
    // The store has the changes; memory follows, each change undone by its inverse in reverse order.
    QList<RegisterChange> inverse;
    inverse.reserve(changes.size());
    bool headerTouched = false;
    for (const RegisterChange& change : changes) {
        inverse.prepend(change.inverseOn(m_register));
        applyInMemory(change, headerTouched);
    }
    if (headerTouched) {
        Q_EMIT headerChanged();
    }
    Q_EMIT changed();
    return inverse;
}

void RegisterDocument::applyInMemory(const RegisterChange& change, bool& headerTouched)
{
    using C = RegisterChange;
    std::visit(Overloaded{
                   [&](const C::InsertActivity& c) {
                       Q_EMIT activityAboutToBeInserted(c.index);
                       change.applyTo(m_register);
                       Q_EMIT activityInserted(c.index);
                   },
                   [&](const C::UpdateActivity& c) {
                       change.applyTo(m_register);
                       Q_EMIT activityChanged(m_register.indexOfActivity(c.activity.id));
                   },
                   [&](const C::RemoveActivity& c) {
                       const qsizetype index = m_register.indexOfActivity(c.id);
                       Q_EMIT activityAboutToBeRemoved(index);
                       change.applyTo(m_register);
                       Q_EMIT activityRemoved(index);
                   },
                   [&](const C::MoveActivity& c) {
                       const qsizetype from = m_register.indexOfActivity(c.id);
                       Q_EMIT activityAboutToBeMoved(from, c.index);
                       change.applyTo(m_register);
                       Q_EMIT activityMoved(from, c.index);
                   },
                   [&](const auto&) {
                       change.applyTo(m_register);
                       headerTouched = true;
                   },
               },
               change.variant());
}

void RegisterDocument::saveRefused(const Error& error, bool historyLost)
{
    if (!historyLost) {
        Q_EMIT saveFailed(error.message);
        return;
    }
    Q_EMIT saveFailed(error.message + QLatin1Char(' ') +
                      tr("Nothing was changed, but the undo history no longer matched the register and has been "
                         "cleared."));
    // The stack is still busy with the command that failed; clear it once that call has returned.
    QTimer::singleShot(0, m_undoStack, &QUndoStack::clear);
}

} // namespace ropa::session
