#pragma once

#include <QDialog>

class QTableView;

namespace youfu::core {
class Database;
}

namespace youfu::ui {

class UnitEvidenceModel;

// The records behind one township's figure, each saying whether it counted (✓/✗).
class UnitEvidenceDialog : public QDialog
{
    Q_OBJECT
public:
    UnitEvidenceDialog(core::Database* db, int year, const QString& townshipCode,
                       const QString& townshipName, const QString& indicatorCode,
                       const QString& indicatorTitle, QWidget* parent = nullptr);
    UnitEvidenceModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

private:
    UnitEvidenceModel* m_model;
    QTableView* m_table;
};

} // namespace youfu::ui
