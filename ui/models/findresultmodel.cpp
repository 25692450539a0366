#include "models/findresultmodel.h"

#include "approval/applicationliststore.h"
#include "approval/applicationrules.h"
#include "approval/approvalrules.h"
#include "models/personpickmodel.h"
#include "registry/registrysearchstore.h"
#include "security/permission.h"

#include <QStringList>

namespace youfu::ui {

FindResultModel::FindResultModel(core::Database& db, const core::Actor& actor, QObject* parent)
    : QAbstractListModel(parent), m_db(db), m_actor(actor)
{}

bool FindResultModel::canFind() const
{
    // Persons and applications both carry personal data: the business roles only.
    return core::isAllowed(m_actor.roles, core::Permission::ViewBusiness);
}

void FindResultModel::setText(const QString& text)
{
    beginResetModel();
    m_hits.clear();
    m_error.clear();
    const QString t = text.trimmed();
    if (!t.isEmpty() && canFind()) {
        core::RegistryQuery q;
        q.text = t;
        const auto persons = core::RegistrySearchStore(m_db).pageOrError(q, 0, kPerKind);
        if (persons) {
            for (const core::PersonRow& p : persons.value())
                m_hits << Hit{Kind::Person, p.id, PersonPickModel::oneLine(p)};
        } else {
            m_error = persons.error();
        }
        // Application numbers have digits: a name alone would match every number's prefix.
        bool digits = false;
        for (QChar c : t)
            digits = digits || c.isDigit();
        if (digits) {
            const auto apps = core::ApplicationListStore(m_db).findByNumber(t, kPerKind);
            if (apps) {
                for (const core::ApplicationRow& a : apps.value())
                    m_hits << Hit{Kind::Application, a.id,
                                  QStringList{a.number, a.personName,
                                              core::ApplicationRules::typeTitle(a.type),
                                              core::ApprovalRules::stateTitle(a.state)}
                                      .join(QStringLiteral(" · "))};
            } else if (m_error.isEmpty()) {
                m_error = apps.error();
            }
        }
    }
    endResetModel();
}

FindResultModel::Kind FindResultModel::kindAt(int row) const
{
    return row >= 0 && row < m_hits.size() ? m_hits.at(row).kind : Kind::Person;
}

qint64 FindResultModel::idAt(int row) const
{
    return row >= 0 && row < m_hits.size() ? m_hits.at(row).id : 0;
}

int FindResultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant FindResultModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const Hit& h = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return h.kind == Kind::Person ? tr("Person: %1").arg(h.line)
                                      : tr("Application: %1").arg(h.line);
    case Qt::ToolTipRole:
        return h.kind == Kind::Person ? tr("Enter opens the person")
                                      : tr("Enter opens the application");
    case KindRole:
        return int(h.kind);
    case IdRole:
        return h.id;
    default:
        return {};
    }
}

} // namespace youfu::ui
