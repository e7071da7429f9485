#pragma once

#include "../models/storage/programmefigures.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;

namespace hubdesk {

class Database;

// The dashboard: key figures of the current reporting period as tiles, and charts of
// sessions by service, startups by stage, the voucher budget and outcomes by month.
// The figures come from ProgrammeFigures (the same as the reports), read beside the
// window on their own connection; the page refreshes when the data changes.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(Database &db, QWidget *parent = nullptr);
    ~DashboardPage() override;

    // Reads the figures again (after a change to the data).
    void refresh();
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    // The tiles as "caption: value" lines, for tests and the accessible description.
    QStringList tileTexts() const;
    bool isLoading() const { return m_loading; }

signals:
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Figures
    {
        KeyFigures key;
        QList<QVariantList> services, stages, outcomes;
        QString error;
    };
    static Figures compute(Database &db, const QDate &from, const QDate &to);
    void fillPeriods();
    void show(const Figures &figures);
    void addTile(int index, const QString &caption, const QString &value, const QString &detail);

    Database &m_db;
    QComboBox *m_period = nullptr;
    QGridLayout *m_tiles = nullptr;
    QGridLayout *m_charts = nullptr;
    QLabel *m_status = nullptr;
    QList<QWidget *> m_tileWidgets;
    QList<QWidget *> m_chartWidgets;
    QDate m_from;
    QDate m_to;
    bool m_loading = false;
    bool m_refreshedOnce = false; // refresh() has run (it waits for the page to be shown)
    bool m_again = false;
};

} // namespace hubdesk
