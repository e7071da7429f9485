#pragma once

#include <QDialog>

class QTableWidget;

namespace hubdesk {

// Help → About HubDesk: the version, the database version, HubDesk's licence (its
// full text on request) and the libraries it is built on with their versions and licences.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // Where the licence's full text is read from (a resource of the executable).
    static QString licenceResource();

private:
    void showLicence();
    QTableWidget *m_libraries = nullptr;
};

} // namespace hubdesk
