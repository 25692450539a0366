#pragma once

#include "township/training.h"
#include "township/trainingstore.h"

#include <QAbstractTableModel>
#include <QList>

namespace youfu::core {
class Database;
}

namespace youfu::ui {

// The training sessions as a list, newest first, read from TrainingStore 200 at a time
// (canFetchMore/fetchMore) with the panel's filter.
class TrainingSessionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Day,
        Kind,
        Topic,
        Trainer,
        Hours,
        Place,
        State,
        Attendance,
        Materials,
        ColumnCount
    };
    static constexpr int kPage = 200;

    explicit TrainingSessionModel(core::Database* db, QObject* parent = nullptr);
    // Reads again from the first page; false with lastError() when the store fails.
    bool setFilter(const core::TrainingFilter& filter);
    const core::TrainingFilter& filter() const { return m_filter; }
    QString lastError() const { return m_error; }
    qint64 total() const { return m_total; }
    core::TrainingSession sessionAt(int row) const;
    int rowOf(qint64 sessionId) const; // -1 when not loaded

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    core::Database* m_db = nullptr;
    core::TrainingFilter m_filter;
    QList<core::TrainingSession> m_rows;
    qint64 m_total = 0;
    QString m_error;
};

} // namespace youfu::ui
