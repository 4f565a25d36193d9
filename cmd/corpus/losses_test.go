package main

import "testing"

// TestSideLoss: each side of a gold claim is put at the first stage that
// misses it.
func TestSideLoss(t *testing.T) {
	phrases := []string{"withdraw the widget levy"}
	demand := func(status, text string) claimText { return claimText{"demands", status, text} }
	grievance := func(status, text string) claimText { return claimText{"grievances", status, text} }
	item := func(cat, text string) claimText { return claimText{category: cat, text: text} }
	tests := []struct {
		name     string
		status   string
		reported []claimText
		items    []claimText
		want     loss
	}{
		{"found with its status", "persisted", []claimText{demand("persisted", "we urge you to withdraw the widget levy")}, nil, lossNone},
		{"found, not linked", "persisted", []claimText{demand("dropped", "we urge you to withdraw the widget levy")}, nil, lossUnlinked},
		{"found, linked against the gold", "appeared", []claimText{demand("persisted", "we urge you to withdraw the widget levy")}, nil, lossFalseLink},
		{"the other kind", "persisted", []claimText{grievance("persisted", "we oppose the plan not to withdraw the widget levy")}, nil, lossOtherKind},
		{"the other kind, then its own further on", "persisted", []claimText{grievance("dropped", "the plan not to withdraw the widget levy"), demand("persisted", "withdraw the widget levy now")}, nil, lossNone},
		{"grouped away", "persisted", nil, []claimText{item("demands", "withdraw the widget levy")}, lossGrouped},
		{"read as no claim", "persisted", nil, []claimText{item("", "please withdraw the widget levy")}, lossNotClaim},
		{"cut", "persisted", nil, []claimText{item("demands", "withdraw the widget")}, lossCut},
		{"no item", "persisted", nil, []claimText{item("demands", "publish the register")}, lossNoItem},
	}
	for _, tt := range tests {
		if got := sideLoss("demands", tt.status, phrases, tt.reported, tt.items); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, lossNames[got], lossNames[tt.want])
		}
	}
}
