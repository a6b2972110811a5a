import { Anchor } from '@mantine/core';
import { Link } from 'react-router';

export function CaseLink({ id, product }: { id: string; product: { brand: string; name: string } }) {
  return (
    <Anchor component={Link} to={`/disputes/${id}`} fw={600} onClick={(e) => e.stopPropagation()}>
      {product.brand} {product.name}
    </Anchor>
  );
}
