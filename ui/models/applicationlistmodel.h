#pragma once

#include "approval/application.h"
#include "approval/applicationliststore.h"
#include "security/actor.h"

#include <QAbstractTableModel>
#include <QList>

namespace youfu::core {
class Database;
}

namespace youfu::ui {

// Applications as a table: the inbox of a user (loaded whole: what waits is short) or the
// register under a filter, fetched in pages of kPage rows as the view scrolls.
class ApplicationListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Mode
    {
        Inbox,
        Register
    };
    enum Column
    {
        Number,
        Person,
        Type,
        Request,
        Effective,
        Amount,
        State,
        Waiting,
        Drafter,
        ColumnCount
    };
    static constexpr int kPage = 200;

    ApplicationListModel(core::Database& db, Mode mode, QObject* parent = nullptr);
    void setActor(const core::Actor& actor);               // inbox
    void setFilter(const core::ApplicationFilter& filter); // register
    const core::ApplicationFilter& filter() const { return m_filter; }
    void reload();
    core::ApplicationRow rowAt(int row) const;
    int totalCount() const { return m_total; }
    // Why the list could not be read (then it shows no rows); empty when it was.
    const QString& lastError() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    core::Database& m_db;
    Mode m_mode;
    core::Actor m_actor;
    core::ApplicationFilter m_filter;
    QList<core::ApplicationRow> m_rows;
    int m_total = 0;
    QString m_error;
};

} // namespace youfu::ui
