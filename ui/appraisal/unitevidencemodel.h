#pragma once

#include "appraisal/unitevidence.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <QStringList>

namespace youfu::core {
class Database;
}

namespace youfu::ui {

// The records behind one township's figure, fetched a page at a time (a township's archive can
// hold thousands of persons): the indicator's own columns, then whether the record counted.
class UnitEvidenceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kPage = 200;

    UnitEvidenceModel(core::Database* db, int year, QString townshipCode, QString indicatorCode,
                      QObject* parent = nullptr);

    // Reads the first page again; false with lastError() when it could not be read.
    bool reload();
    int total() const { return m_total; }
    const QString& lastError() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    core::Database* m_db;
    int m_year;
    QString m_township;
    QString m_code;
    QStringList m_headers;
    QList<core::UnitEvidenceRow> m_rows;
    int m_total = 0;
    QString m_error;
};

} // namespace youfu::ui
