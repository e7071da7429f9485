; Included by the installer section (CPACK_NSIS_EXTRA_INSTALL_COMMANDS, see windows.cmake):
; .hubdesk files open in HubDesk and show its icon. SHCTX is HKLM for an install for all
; users and HKCU for one user, as the CPack template decides.
WriteRegStr SHCTX "Software\Classes\.hubdesk" "" "HubDesk.Database"
WriteRegStr SHCTX "Software\Classes\HubDesk.Database" "" "HubDesk database"
WriteRegStr SHCTX "Software\Classes\HubDesk.Database\DefaultIcon" "" "$INSTDIR\bin\hubdesk.exe,0"
WriteRegStr SHCTX "Software\Classes\HubDesk.Database\shell\open\command" "" '"$INSTDIR\bin\hubdesk.exe" "%1"'
; "Open with" lists HubDesk for the type too.
WriteRegStr SHCTX "Software\Classes\Applications\hubdesk.exe\SupportedTypes" ".hubdesk" ""
; Explorer redraws the icons of .hubdesk files now rather than after the next sign-in.
System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
