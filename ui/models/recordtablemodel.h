#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <QList>
#include <QStringList>

namespace youfu::ui {

// A small read-only table of text rows, each with the id of the record it shows and an
// optional colour (a returned entry, a missing document). For the short lists of the archive
// page: one person's documents, the verification list, the loans, the completeness summary.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    struct Row
    {
        qint64 id = 0;
        QStringList cells;
        QColor color; // invalid = default
        qint64 extra = 0; // a second id the page needs (person, archive)
    };

    explicit RecordTableModel(QStringList header, QObject* parent = nullptr);

    void setRows(QList<Row> rows);
    const Row& rowAt(int row) const;
    int rowOf(qint64 id) const; // -1 when absent

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

    static constexpr int IdRole = Qt::UserRole + 1;

private:
    QStringList m_header;
    QList<Row> m_rows;
};

} // namespace youfu::ui
