# Applies assigned-access.xml (next to this script) through the MDM bridge. Run it as SYSTEM, for
# example from an elevated prompt:  psexec.exe -i -s powershell.exe -File apply-assigned-access.ps1
# Remove the kiosk again with -Clear. On the branch host, -OpenBranchPort lets devices reach port 5781.
param([switch]$Clear, [switch]$OpenBranchPort, [int]$Port = 5781)
$ErrorActionPreference = 'Stop'

$bridge = Get-CimInstance -Namespace 'root\cimv2\mdm\dmmap' -ClassName 'MDM_AssignedAccess'
if ($Clear) {
  $bridge.Configuration = $null
} else {
  $xml = Get-Content -Raw -Path (Join-Path $PSScriptRoot 'assigned-access.xml')
  $bridge.Configuration = [System.Net.WebUtility]::HtmlEncode($xml)
}
Set-CimInstance -CimInstance $bridge

if ($OpenBranchPort) {
  # Devices of the branch network only: private and domain networks, never public ones.
  New-NetFirewallRule -DisplayName 'Commons Kiosk branch devices' -Direction Inbound -Protocol TCP -LocalPort $Port -Profile Private,Domain -Action Allow | Out-Null
}

New-Item -ItemType Directory -Force -Path 'C:\ProgramData\CommonsKiosk' | Out-Null
# The auto-logon account writes the data directory; nobody else but administrators reads it.
icacls 'C:\ProgramData\CommonsKiosk' /inheritance:r /grant:r 'kioskUser0:(OI)(CI)M' 'Administrators:(OI)(CI)F' 'SYSTEM:(OI)(CI)F' | Out-Null
Write-Output 'Assigned Access configured; restart Windows to start the kiosk.'
