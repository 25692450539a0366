#pragma once

#include "io/sheet.h"

#include <QAbstractTableModel>
#include <QList>

namespace youfu::ui {

// The first rows of a roster as the file has them, for the clerk to confirm where the header
// is: rows numbered as Excel shows them, columns lettered A, B, …; the header rows are bold on
// a coloured ground, the rows above them (titles) greyed.
class RosterPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        IsHeaderRole = Qt::UserRole + 1,
        RowNumberRole
    };

    explicit RosterPreviewModel(QObject* parent = nullptr);
    void setRows(const QList<core::SheetRow>& rows);
    void setHeaderRows(int first, int last); // Excel row numbers
    int firstHeaderRow() const { return m_first; }
    int lastHeaderRow() const { return m_last; }
    bool isHeaderRow(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    QList<core::SheetRow> m_rows;
    int m_columns = 0;
    int m_first = 0;
    int m_last = 0;
};

} // namespace youfu::ui
