public enum AnnalsTestingPlaceholder {}
