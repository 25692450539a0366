#pragma once

#include "io/roster.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace youfu::ui {

// Every row the import repaired, refused, skipped or found twice, one line per issue, as the
// preview lists them; shown all or one kind at a time.
class RosterIssueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Row,
        Kind,
        ColumnName,
        Original,
        Became,
        Message,
        ColumnCount
    };

    explicit RosterIssueModel(QObject* parent = nullptr);
    void setIssues(const QList<core::RowIssue>& issues);
    // Only issues of this kind; nullopt shows all.
    void setKindFilter(std::optional<core::RowIssue::Kind> kind);
    const core::RowIssue& issueAt(int row) const { return m_issues.at(m_shown.at(row)); }
    static QString kindTitle(core::RowIssue::Kind kind);
    // The table as the export writes it: header and the lines shown.
    QStringList headerTexts() const;
    QList<QStringList> shownLines() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    QString text(const core::RowIssue& issue, int column) const;

    QList<core::RowIssue> m_issues;
    QList<int> m_shown;
    std::optional<core::RowIssue::Kind> m_kind;
};

} // namespace youfu::ui
