; FamilyCase installer for Windows: Inno Setup 6 (https://jrsoftware.org/isinfo.php).
;
; Built by packaging\windows\build-windows.ps1 (and CI) from the PyInstaller bundle:
;   ISCC.exe /DAppVersion=0.1.0 packaging\windows\familycase.iss
; optional: /DAppNumericVersion=0.1.0 (when AppVersion is not just numbers, e.g. 0.2.0rc1)
;           /DSourceDir=... (default ..\..\dist\pyinstaller\familycase)
;           /DOutputDir=... (default ..\..\dist)
;           /DSign /Ssigntool="signtool.exe sign ... $f"   sign the installer and uninstaller
;
; What it does
;   - Per-machine install into C:\Program Files\FamilyCase (administrator rights needed);
;     a Start menu entry "FamilyCase" for every user, an optional desktop shortcut.
;   - The Start menu entry runs familycasew.exe (the desktop app, no console window);
;     familycase.exe beside it is the command line.
;   - Upgrades: install the new version over the old one (same AppId); running copies are
;     asked to close first. Vaults are upgraded when FamilyCase next opens them.
;   - Uninstall (Settings > Apps, or unins000.exe) removes the program files only. It never
;     deletes user data: vaults in %LOCALAPPDATA%\FamilyCase (or wherever FAMILYCASE_DATA
;     points) and preferences in HKCU\Software\FamilyCase belong to each user.
;
; Silent install and uninstall (for SCCM/Intune/GPO scripts; see docs\install.md):
;   FamilyCase-0.1.0-windows-x64-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /SP- /LOG="C:\Windows\Temp\familycase-install.log"
;     optional: /DIR="D:\Apps\FamilyCase"  /TASKS="desktopicon"  /NOCANCEL
;   "C:\Program Files\FamilyCase\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
; Exit code 0 means success (Inno Setup's exit codes are listed in its help, "Setup Exit Codes").

#ifndef AppVersion
  #error Pass the version from pyproject.toml: ISCC.exe /DAppVersion=X.Y.Z familycase.iss
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\pyinstaller\familycase"
#endif
#ifndef AppNumericVersion
  ; Windows version resources want numbers only: the build script passes 1.2.3 for 1.2.3rc1
  #define AppNumericVersion AppVersion
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#define AppName "FamilyCase"
#define AppId "org.familycase.FamilyCase"

[Setup]
; The AppId identifies FamilyCase to Windows across versions: never change it, or upgrades
; install a second copy beside the first.
AppId={{863EF568-6B67-4CE7-928E-C06AFD748231}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=FamilyCase
AppCopyright=Copyright FamilyCase contributors. Proprietary.
AppComments=Encrypted whole-family case files for early-help teams
VersionInfoVersion={#AppNumericVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} {#AppVersion} installer
; Per machine: Program Files, all users' Start menu; needs administrator rights.
PrivilegesRequired=admin
DefaultDirName={autopf}\{#AppName}
DisableDirPage=auto
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; 64-bit Windows 10 1809 or later (Qt 6's minimum), including Windows 11 on Arm (emulated).
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
OutputDir={#OutputDir}
OutputBaseFilename={#AppName}-{#AppVersion}-windows-x64-setup
SetupIconFile=..\icons\familycase.ico
UninstallDisplayIcon={app}\familycasew.exe
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; Close running copies (Restart Manager) before replacing their files; do not restart them.
CloseApplications=yes
RestartApplications=no
#ifdef Sign
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole program: remove the previous version's libraries first, so
; none that the new version no longer ships is left behind. ({app} holds no user data.)
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\familycasew.exe"; WorkingDir: "{app}"; Comment: "Encrypted whole-family case files"; AppUserModelID: "{#AppId}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\familycasew.exe"; WorkingDir: "{app}"; Comment: "Encrypted whole-family case files"; AppUserModelID: "{#AppId}"; Tasks: desktopicon

[Run]
Filename: "{app}\familycasew.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent unchecked runasoriginaluser

[UninstallDelete]
; Only the program folder, and only when empty. Never %LOCALAPPDATA%\FamilyCase (vaults) or
; HKCU\Software\FamilyCase (preferences): they are each user's, and survive reinstalling.
Type: dirifempty; Name: "{app}"
